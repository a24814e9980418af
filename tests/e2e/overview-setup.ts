// Shared by the overview e2e tests: the first view leaves department_responsible and unlinked
// entities out; these tests are about the top-N cut, so they show every typed relation and every
// entity the cut keeps, and FILTER is what the page then asks the host for.
import type { Page } from "playwright-core";
import type { GraphFilter } from "../../db/graph/types.ts";
import { RELATION_TYPES } from "../../db/types.ts";

export const FILTER: GraphFilter = {
  types: ["cluster", "park", "platform", "enterprise", "department"],
  relationTypes: RELATION_TYPES.filter((r) => r !== "co_mention"),
  levels: ["national", "provincial", "city", "none"],
  status: ["existing", "planned"],
  review: ["unreviewed", "confirmed"],
  minDegree: 0,
  hideIsolated: false,
};

/** Shows department_responsible and the isolated, then waits until `n` entities are drawn. */
export async function showEverythingCut(page: Page, n: number): Promise<void> {
  if (await page.getByTestId("filters-open").count()) await page.getByTestId("filters-open").click();
  await page.getByTestId("rel-department_responsible").check();
  await page.getByTestId("isolated").locator("summary").click();
  await page.getByTestId("show-isolated").check();
  await page.waitForFunction((want) => (window.__cy?.nodes("[eid]").not(".hidden").length ?? 0) === want, n, {
    timeout: 30_000,
  });
}

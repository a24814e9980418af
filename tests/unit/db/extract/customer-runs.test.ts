// Customers named by a head after the run (甲、乙等长期合作的高端客户) or by a shipping verb before it
// (运往甲、乙): firms that buy from the zone's firms, never placed in the zone. Invented names only.
import { describe, expect, it } from "vitest";
import { customerRun } from "../../../../db/extract/relations-scope.ts";
import { rel, run } from "./helpers.ts";

/** customerRun over the run that starts at `first` and ends after `last`. */
function isCustomers(s: string, first: string, last: string): boolean {
  return customerRun(s, s.indexOf(first), s.indexOf(last) + last.length);
}

describe("customer runs", () => {
  it("a run headed by 等…客户 names customers", () => {
    const s = "青禾集团拥有雾松科技有限公司、星澜电子有限公司等长期合作的全球高端客户。";
    expect(isCustomers(s, "雾松科技有限公司", "星澜电子有限公司")).toBe(true);
  });

  it("a run after 运往/发往 names where the goods go", () => {
    const s = "产品通过专线运往雾松科技有限公司、星澜电子有限公司等主机厂。";
    expect(isCustomers(s, "雾松科技有限公司", "星澜电子有限公司")).toBe(true);
  });

  it("a run of firms that settled is no customer run", () => {
    const s = "雾松科技有限公司、星澜电子有限公司等企业已建成投产。";
    expect(isCustomers(s, "雾松科技有限公司", "星澜电子有限公司")).toBe(false);
  });

  it("the zone's firm is placed there, its customers are not", () => {
    const g = run(
      "青禾高新区位于澄宇市北部。园区内的青禾集团拥有雾松科技有限公司、星澜电子有限公司等长期合作的全球高端客户。",
    );
    expect(rel(g, "park_enterprise")).toEqual(["青禾高新区->青禾集团"]);
  });
});

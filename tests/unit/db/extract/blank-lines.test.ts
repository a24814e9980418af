// Web copies that set every paragraph off by a blank line (blank-lines.ts): the extractor reads them as the
// same document without the blank lines. Real annotated task tables, spaced out the way a browser copy does.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { plainBlankLines } from "../../../../db/extract/blank-lines.ts";
import { extract } from "../../../../db/extract/index.ts";

const root = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "..", "..");
const doc = (set: string, file: string) =>
  readFileSync(join(root, "tests", "fixtures", "annotated", set, "docs", file), "utf8");
const relations = (text: string) => {
  const x = extract({ text });
  const name = new Map(x.entities.map((e) => [e.key, e.name]));
  return x.relations
    .filter((r) => r.type !== "co_mention")
    .map((r) => `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}`)
    .sort();
};

describe("a copy with a blank line between every two lines", () => {
  it.each([
    ["AC", "AC07_liaozhong_renwu.txt"],
    ["R", "R06_xuancheng_renwubiao.txt"],
  ])("%s/%s keeps its relations (who answers for what)", (set, file) => {
    const text = doc(set, file);
    const spaced = text.replace(/\n(?!\n)/gu, "\n\n");
    const want = relations(text);
    expect(want.filter((r) => r.startsWith("department_responsible")).length).toBeGreaterThan(5);
    expect(relations(spaced)).toEqual(want);
  });

  it("leaves the few blank lines that set pages or sections apart", () => {
    const pages = `${"甲".repeat(400)}\n乙。\n\n${"丙".repeat(400)}\n丁。\n\n${"戊".repeat(400)}`;
    expect(plainBlankLines(pages)).toBe(pages);
  });

  it("keeps every offset: the breaks become spaces", () => {
    const spaced = Array.from({ length: 8 }, (_, i) => `第${i}段。`).join("\n\n");
    const plain = plainBlankLines(spaced);
    expect(plain.length).toBe(spaced.length);
    expect(plain.split("\n").length).toBe(8);
  });
});

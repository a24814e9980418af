import { describe, expect, it } from "vitest";
import { IngestError, readDocument } from "../../../db/ingest/index.ts";
import { fixture } from "./helpers.ts";

const EXPECTED_TEXT = [
  "威海市人民政府办公室",
  "关于印发测试工作方案的通知",
  "威政办字〔2026〕10号",
  "各区市人民政府，市政府各部门、单位：",
  "支持新北洋国家地方联合工程实验室建设，推动㐀字测试产业园发展。",
  "威海市人民政府办公室",
  "2026年5月16日",
].join("\n");

describe("text encodings are detected, not guessed", () => {
  it.each([
    ["notice-utf8.txt", "utf-8"],
    ["notice-utf8-bom.txt", "utf-8-bom"],
    ["notice-utf16le-bom.txt", "utf-16le"],
    ["notice-utf16le-nobom.txt", "utf-16le"],
    ["notice-utf16be-bom.txt", "utf-16be"],
    ["notice-utf16be-nobom.txt", "utf-16be"],
    ["notice-gb18030.txt", "gb18030"],
  ])("%s decodes as %s to the same text", async (file, encoding) => {
    const doc = await readDocument(fixture(file));
    expect(doc.encoding).toBe(encoding);
    expect(doc.format).toBe("txt");
    expect(doc.text).toBe(EXPECTED_TEXT);
    expect(doc.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("hashes the raw bytes, so one text in two encodings is two files", async () => {
    const a = await readDocument(fixture("notice-utf8.txt"));
    const b = await readDocument(fixture("notice-gb18030.txt"));
    const again = await readDocument(fixture("notice-utf8.txt"));
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(again.sha256).toBe(a.sha256);
    expect(b.sha256).not.toBe(a.sha256);
  });
});

describe("traditional-script files", () => {
  const TRADITIONAL =
    "廣州市人民政府辦公廳關於印發產業發展規劃的通知\n支持新興產業園區建設，推動龍頭企業與研發機構協同發展。\n";
  it.each([
    // Big5 bytes are rejected or misread as GB18030 unless Big5 is tried and compared.
    ["notice-trad-big5.txt", "big5"],
    // The same text encoded in GB18030 (which holds traditional characters too) stays GB18030.
    ["notice-trad-gb18030.txt", "gb18030"],
  ])("%s decodes as %s to the traditional text", async (file, encoding) => {
    const doc = await readDocument(fixture(file));
    expect(doc.encoding).toBe(encoding);
    expect(doc.text).toBe(TRADITIONAL.trimEnd());
  });
});

describe("files that are not text are rejected with the file and the reason", () => {
  it.each([
    ["empty.txt", /empty file/],
    ["whitespace.txt", /empty file/],
    ["latin1.txt", /not UTF-8, UTF-16, GB18030 or Big5 text/],
    ["junk.txt", /not UTF-8, UTF-16, GB18030 or Big5 text/],
    ["png-renamed.txt", /binary file \(PNG\)/],
  ])("%s", async (file, reason) => {
    const err = await readDocument(fixture(file)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    const e = err as IngestError;
    expect(e.file).toBe(fixture(file));
    expect(e.reason).toMatch(reason);
    expect(e.message).toContain(file);
    expect(e.message).toMatch(reason);
  });
});

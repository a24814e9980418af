import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IngestError, readDocument, readDocumentBytes, SUPPORTED_EXTENSIONS } from "../../../../db/ingest/index.ts";
import { fixture } from "./helpers.ts";

async function rejection(p: Promise<unknown>): Promise<IngestError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestError);
  return err as IngestError;
}

describe("docx", () => {
  it("reads paragraphs and keeps table rows as tab-separated lines", async () => {
    const doc = await readDocument(fixture("notice.docx"));
    expect(doc.format).toBe("docx");
    expect(doc.encoding).toBe("binary");
    expect(doc.text.split("\n")).toEqual([
      "威海市人民政府办公室",
      "关于印发测试工作方案的通知",
      "威政办字〔2026〕10号",
      "支持新北洋国家地方联合工程实验室建设。",
      "序号\t名称",
      "1\t威海测试产业园",
      "威海市人民政府办公室",
      "2026年5月16日",
    ]);
    expect(doc.docNumber).toBe("威政办字〔2026〕10号");
    expect(doc.issueDate).toBe("2026-05-16");
  });

  it("rejects a truncated docx and a text file named .docx", async () => {
    const t = await rejection(readDocument(fixture("truncated.docx")));
    expect(t.message).toContain("truncated.docx");
    expect(t.reason).toMatch(/cannot read DOCX/);
    const n = await rejection(readDocument(fixture("not-a-docx.docx")));
    expect(n.message).toContain("not-a-docx.docx");
    expect(n.reason).toMatch(/not a \.docx file/);
  });
});

describe("pdf", () => {
  // The fixture uses a non-embedded CJK font (STSong-Light, UniGB-UCS2-H), so
  // this also proves pdfjs finds its CMaps under Node.
  it("extracts Chinese text and reflows a line broken inside a word", async () => {
    const doc = await readDocument(fixture("notice.pdf"));
    expect(doc.format).toBe("pdf");
    expect(doc.text).toContain("为加快发展，支持新北洋国家地方联合工程实验室建设。");
    expect(doc.title).toBe("关于印发测试工作方案的通知");
    expect(doc.docNumber).toBe("威政办字〔2026〕10号");
    expect(doc.issuer).toBe("威海市人民政府办公室");
  });

  it("rejects a file that is not a PDF and a PDF with a broken structure", async () => {
    const n = await rejection(readDocument(fixture("not-a-pdf.pdf")));
    expect(n.message).toContain("not-a-pdf.pdf");
    expect(n.reason).toMatch(/not a PDF/);
    const b = await rejection(readDocument(fixture("broken.pdf")));
    expect(b.message).toContain("broken.pdf");
    expect(b.reason).toMatch(/cannot read PDF/);
  });
});

describe("html", () => {
  it.each([
    ["notice-gbk.html", "gb18030"],
    ["notice-utf8.html", "utf-8"],
  ])("%s: honours the declared charset, drops script/style/comments, decodes entities", async (file, encoding) => {
    const doc = await readDocument(fixture(file));
    expect(doc.format).toBe("html");
    expect(doc.encoding).toBe(encoding);
    expect(doc.text.split("\n")).toEqual([
      "威海市人民政府办公室",
      "关于印发测试工作方案的通知",
      "威政办字〔2026〕10号",
      "各区市人民政府：",
      "支持“新北洋”国家地方联合工程实验室建设&发展，<重点>推进。",
      "序号\t名称",
      "1\t威海测试产业园",
      "威海市人民政府办公室",
      "2026年5月16日",
    ]);
    expect(doc.text).not.toContain("不要我");
    expect(doc.text).not.toContain("color");
    expect(doc.text).not.toContain("注释");
  });

  it("rejects bytes that contradict the declared charset", async () => {
    const bytes = readFileSync(fixture("notice-gbk.html"));
    const lying = Buffer.from(bytes.toString("latin1").replace("charset=gbk", "charset=utf-8"), "latin1");
    const e = await rejection(readDocumentBytes("lying.html", lying));
    expect(e.message).toContain("lying.html");
    expect(e.reason).toMatch(/not valid utf-8/);
  });
});

describe("markdown", () => {
  it("strips heading marks, bold, <b> and TOC leaders but keeps the text", async () => {
    const doc = await readDocument(fixture("plan.md"));
    expect(doc.format).toBe("md");
    expect(doc.text.split("\n")).toEqual([
      "威海市测试区国民经济和社会发展第十四个五年规划纲要",
      "目录",
      "第一章 发展基础\t1",
      "第二章\t重点产业\t8",
      "第一章 发展基础",
      "创新能力有效提高。打造了威海创新园，核准入驻企业196家。",
    ]);
    expect(doc.title).toBe("威海市测试区国民经济和社会发展第十四个五年规划纲要");
  });
});

describe("file names", () => {
  it("rejects unsupported extensions, naming the file and the supported ones", async () => {
    const e = await rejection(readDocumentBytes("报告.doc", Buffer.from("x")));
    expect(e.message).toContain("报告.doc");
    expect(e.reason).toMatch(/unsupported file type "\.doc"/);
    expect(e.reason).toContain(".docx");
    const none = await rejection(readDocumentBytes("README", Buffer.from("x")));
    expect(none.reason).toMatch(/no file extension/);
    expect(SUPPORTED_EXTENSIONS).toEqual([".txt", ".md", ".docx", ".pdf", ".html", ".htm"]);
  });

  it("accepts upper-case extensions and reports a missing file", async () => {
    const doc = await readDocumentBytes("NOTICE.TXT", readFileSync(fixture("notice-utf8.txt")));
    expect(doc.fileName).toBe("NOTICE.TXT");
    expect(doc.format).toBe("txt");
    const e = await rejection(readDocument(fixture("does-not-exist.txt")));
    expect(e.reason).toBe("file not found");
    expect(e.message).toContain("does-not-exist.txt");
  });
});

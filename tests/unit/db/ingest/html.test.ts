// Saved web pages with the markup real government sites serve (unclosed <p> and <td>,
// unquoted attributes, upper-case tags, layout tables): the reader keeps the article body and
// leaves the site's menus, breadcrumbs, link lists, tool bars and footers out.
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../../db/ingest/html.ts";
import { readDocument } from "../../../../db/ingest/index.ts";
import { fixture } from "./helpers.ts";

const lines = async (file: string) => (await readDocument(fixture(file))).text.split("\n");

describe("web pages: the article body", () => {
  it("a gov.cn-style page: the 正文 container with its title, table and attachment; no chrome", async () => {
    expect(await lines("gov-page-ucap.html")).toEqual([
      "青石市人民政府办公室关于印发青石市星河产业集群培育方案的通知",
      "青政办字〔2026〕7号",
      "各区人民政府，市政府各部门：",
      "现将《青石市星河产业集群培育方案》印发给你们，请认真贯彻执行。",
      "一、总体要求",
      "以星河产业园为载体，培育新材料产业集群。",
      "序号\t载体名称",
      "1\t青石市星河产业园",
      "附件：星河产业集群重点企业名单",
      "青石市人民政府办公室",
      "2026年3月1日",
    ]);
  });

  it("a table-layout page: the article column keeps its lines; the menu column and footer go", async () => {
    const text = await lines("gov-page-table-layout.html");
    expect(text).toEqual([
      "各有关单位：",
      "为加快白塔镇特色产业园区建设，现就申报工作通知如下：",
      "一、申报条件",
      "申报主体应为在白塔镇注册的企业，且符合《白塔镇产业园区管理办法》规定。",
      "二、申报材料",
      "申报书",
      "营业执照复印件",
      "联系电话：0000-12345678",
      "白塔镇经济发展办公室",
      "2026年4月8日",
    ]);
  });

  it("a page without a known container: nav, header, tag list, aside and footer are left out", async () => {
    const doc = await readDocument(fixture("news-page-no-container.html"));
    expect(doc.title).toBe("绿湾区发布新型储能产业扶持政策");
    expect(doc.text.split("\n")).toEqual([
      "绿湾区发布新型储能产业扶持政策",
      "2026-05-20来源：绿湾日报",
      "近日，绿湾区发布《绿湾区新型储能产业扶持政策》，支持绿湾储能产业园建设。",
      "政策明确，对入驻园区的企业给予租金减免。未闭合的强调",
      "区发展改革局负责政策解读。",
    ]);
  });
});

describe("htmlToText", () => {
  it("keeps everything of a converted document (no article pruning), cells as tab-separated columns", () => {
    const html =
      '<p>目录</p><ul><li><a href="#a">一</a></li><li><a href="#b">二</a></li><li><a href="#c">三</a></li></ul><table><tr><td><p>甲</p><p>乙</p></td><td>丙</td></tr></table>';
    expect(htmlToText(html).text.split("\n").filter(Boolean)).toEqual(["目录", "一", "二", "三", "甲 乙\t丙"]);
    expect(htmlToText(html, { article: true }).text.split("\n").filter(Boolean)).toEqual(["目录", "甲 乙\t丙"]);
  });

  it("decodes every HTML entity and keeps <pre> as written", () => {
    const { text, title } = htmlToText(
      "<title>A&nbsp;&amp;&#x4E00;</title><p>&frac12;&hearts;&#12288;x</p><pre>a\n  b</pre>",
    );
    expect(title).toBe("A &一"); // a title is one line of collapsed whitespace
    expect(text).toContain("½♥\u3000x");
    expect(text).toContain("a\n  b");
  });
});

// Joined pages (relations-pages.ts): a text that pastes two items one after the
// other, set apart by a blank line, asks "which zone is this about" per page when a
// page names a zone of its own. Invented names; the pages are a page's worth long
// because shorter blocks are one page's paragraphs.
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../../db/ingest/normalize.ts";
import { rel, run } from "./helpers.ts";

const FIRST =
  "青禾高新区2024年经济运行情况\n青禾高新区位于青禾市东部，是省级高新区，规划面积30平方公里。今年以来，青禾高新区坚持项目为王，储能电池产业加速成长，禾丰电气有限公司等一批重点企业落户园区，全年完成固定资产投资45亿元，同比增长12%。青禾高新区综合实力在全省高新区中排名第八位，营商环境持续优化，服务企业水平不断提升，园区基础设施日趋完善，道路、供水、供电、供气等配套设施全面建成，为企业入驻创造了良好条件。园区还设立了专门的企业服务中心，为入驻企业提供一站式服务，帮助企业解决用工、融资、审批等方面的实际困难。全年新增就业岗位3000余个，园区税收收入同比增长9%，发展质量和效益稳步提升，高质量发展迈出坚实步伐。";
const BRINGS =
  "近日，园区新引进云岫海工装备有限公司、青川船舶科技有限公司两家企业，总投资20亿元，项目投产后可实现年产值30亿元。";
const TAIL =
  "负责人表示，将持续优化营商环境，做好企业服务，推动项目早日开工、早日投产、早日见效，为全市经济发展作出更大贡献。下一步，园区将围绕海洋装备产业链上下游开展精准招商，引进一批配套企业，不断延伸产业链条，提升产业集聚水平，力争到2027年海洋装备产业产值突破百亿元。同时，园区将加快标准厂房和人才公寓建设，完善生活配套，提升承载能力，吸引更多优质项目落地，努力建设成为全省一流的海洋装备产业基地。";

describe("joined pages", () => {
  it("places a page's firms in the zone that page is about, not the zone the text opens with", () => {
    const second = `白石经开区加快打造海洋装备产业基地\n白石经开区是青禾市的另一个省级开发区，以海洋装备为主导产业。\n${BRINGS}\n白石经开区${TAIL}`;
    const g = run(normalizeText(`${FIRST}\n\n${second}\n`));
    expect(rel(g, "park_enterprise")).toContain("白石经开区->云岫海工装备有限公司");
    expect(rel(g, "park_enterprise")).not.toContain("青禾高新区->云岫海工装备有限公司");
    expect(rel(g, "park_enterprise")).toContain("青禾高新区->禾丰电气有限公司");
  });

  it("lets a page that names no zone of its own continue the zone before it", () => {
    const second = `青禾高新区海洋装备产业加快集聚\n${BRINGS}\n园区${TAIL}`;
    const g = run(normalizeText(`${FIRST}\n\n${second}\n`));
    expect(rel(g, "park_enterprise")).toContain("青禾高新区->云岫海工装备有限公司");
  });
});

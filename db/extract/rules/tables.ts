// Entity rules read from tables (table-columns.ts). Invented names only.
import type { Rule } from "../registry.ts";

export const TABLE_RULES: readonly Rule[] = [
  {
    id: "table:column",
    stage: "candidates",
    produces: ["enterprise", "cluster"],
    confidence: 0.75,
    description:
      "a table's column header types its cells: 企业名称/“链主”企业名称 → enterprise, 所属(重点)产业/产业链/主导产业/服务领域 → cluster (no suffix needed; a bracketed note after an industry dropped)",
    examples: [
      {
        text: "| 产业链 | 链主企业 | 所在园区 |\n| --- | --- | --- |\n| 海洋装备 | 星澜重工 | 青禾经开区 |\n| 储能电池 | 云岫能源、禾丰电气 | 海川高新区 |\n",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "enterprise", name: "禾丰电气" },
        ],
      },
      {
        // Stacked qualifiers and quotes in a header; a bracketed note after an industry is not its name.
        text: "序号 | 所属重点产业链 | “链主”企业名称 |\n1 | 海洋装备(深海领域) | 星澜重工 |\n2 | 储能电池 | 云岫能源 |\n",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "enterprise", name: "云岫能源" },
        ],
      },
      {
        // A platform list's 服务领域 column names the industries the platforms serve.
        text: "序号|平台名称|依托单位|服务领域\n1|青禾海洋装备创新中心|星澜重工有限公司|海洋装备\n2|云岫储能技术研究院|禾丰电气有限公司|储能电池\n",
        entities: [{ type: "cluster", name: "储能电池" }],
      },
    ],
  },
];

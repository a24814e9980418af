// Words of the briefing pack, per locale (zh-CN is the reference; en must fill every key).
import { RELATION_LABELS, TYPE_LABELS } from "../../common/vocabulary.ts";

export const PACK_LOCALES = ["zh-CN", "en"] as const;
export type PackLocale = (typeof PACK_LOCALES)[number];

const zhCN = {
  defaultTitle: "政策图谱简报",
  generated: "生成于",
  viewCount: (n: number) => `共 ${n} 个视图`,
  contents: "目录",
  counts: (e: number, r: number) => `实体 ${e} 个 · 关系 ${r} 条`,
  missing: (n: number) => `保存后有 ${n} 个实体已不在知识库中（已删除或合并），未显示。`,
  entities: "实体及原文依据",
  relations: "关系及原文依据",
  name: "名称",
  type: "类型",
  sentence: "原文句子及出处",
  relation: "关系",
  ends: "主体 → 客体",
  noSentence: "（无原文句子）",
  noViews: "还没有保存的视图。",
  imageAlt: (name: string) => `视图“${name}”的图谱`,
  source: (names: string[], n: number, date: string) =>
    `${n === 0 ? "来源：政策图谱知识库" : `来源：${names.join("")}${n > names.length ? `等 ${n} 份文件` : ""}`} · 政策图谱 · ${date}`,
  type_: TYPE_LABELS["zh-CN"],
  rel: RELATION_LABELS["zh-CN"],
};

export type PackWords = typeof zhCN;

const en: PackWords = {
  defaultTitle: "Policy Atlas briefing",
  generated: "Generated",
  viewCount: (n) => `${n} view${n === 1 ? "" : "s"}`,
  contents: "Contents",
  counts: (e, r) => `${e} entities · ${r} relations`,
  missing: (n) => `${n} entities saved in this view no longer exist (deleted or merged) and are not shown.`,
  entities: "Entities and their sources",
  relations: "Relations and their sources",
  name: "Name",
  type: "Type",
  sentence: "Source sentence and citation",
  relation: "Relation",
  ends: "From → to",
  noSentence: "(no source sentence)",
  noViews: "No saved views yet.",
  imageAlt: (name) => `Graph of the view "${name}"`,
  source: (names, n, date) =>
    `${n === 0 ? "Source: Policy Atlas knowledge base" : `Source: ${names.join(", ")}${n > names.length ? ` and ${n - names.length} more documents` : ""}`} · Policy Atlas · ${date}`,
  type_: TYPE_LABELS.en,
  rel: RELATION_LABELS.en,
};

export function packWords(locale: PackLocale = "zh-CN"): PackWords {
  return locale === "en" ? en : zhCN;
}

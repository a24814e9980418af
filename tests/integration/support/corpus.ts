// A small hand-made corpus (IngestedDoc + Extraction) for store/graph/export tests that
// must not depend on the extractor's current recall. Offsets are found in the text, so
// they are right by construction.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type {
  DocPart,
  EntityType,
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  IngestedDoc,
  Level,
  RelationType,
  Section,
  Status,
} from "../../../db/types.ts";

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kg-test-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function spansOf(text: string, surface: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1))
    out.push({ start: i, end: i + surface.length });
  if (out.length === 0) throw new Error(`fixture: "${surface}" not in text`);
  return out;
}

export function entity(
  text: string,
  type: EntityType,
  name: string,
  surfaces: string[] = [name],
  extra: { level?: Level; status?: Status } = {},
): ExtractedEntity {
  return {
    key: `${type}:${name}`,
    type,
    name,
    level: extra.level ?? null,
    status: extra.status ?? "existing",
    mentions: surfaces.flatMap((s) => spansOf(text, s).map((sp) => ({ ...sp, surface: s }))),
    rule: "fixture",
    confidence: 0.9,
  };
}

/** Evidence = the span of `sentence` in the text. */
export function relation(
  text: string,
  type: RelationType,
  source: string,
  target: string,
  sentence: string,
): ExtractedRelation {
  const sp = spansOf(text, sentence)[0] ?? { start: 0, end: 0 };
  return { type, source, target, evidence: { ...sp, surface: sentence }, rule: "fixture", confidence: 0.8 };
}

export function ingested(fileName: string, text: string, more: Partial<IngestedDoc> = {}): IngestedDoc {
  return {
    fileName,
    sha256: createHash("sha256").update(fileName).update(text).digest("hex"),
    format: "txt",
    encoding: "utf-8",
    text,
    title: null,
    docNumber: null,
    issueDate: null,
    issuer: null,
    sections: [],
    parts: [],
    ...more,
  };
}

function section(
  text: string,
  heading: string,
  untilExclusive: string | null,
  s: Omit<Section, "start" | "end">,
): Section {
  const start = text.indexOf(heading);
  const end = untilExclusive === null ? text.length : text.indexOf(untilExclusive);
  return { ...s, start, end };
}

// --- document A: a policy with numbered measures, a part with title and 文号 ----------------
export const TITLE_A = "关于培育壮大千亿级产业集群的实施意见";
export const NUMBER_A = "威政发〔2018〕1号";
export const TEXT_A = [
  TITLE_A,
  "一、总体要求",
  "以产业园区为载体，加快发展。",
  "二、重点任务",
  "5. 碳纤维产业集群：重点企业：威高集团、光威复材。创新平台：山东省碳纤维技术创新中心。（市工业和信息化局负责）",
  "6. 威海火炬高技术产业开发区重点发展碳纤维产业。",
  "",
].join("\n");
export const SENTENCE_A5 = "5. 碳纤维产业集群：重点企业：威高集团、光威复材。";
export const SENTENCE_A6 = "6. 威海火炬高技术产业开发区重点发展碳纤维产业。";

export function docA(): { doc: IngestedDoc; extraction: Extraction } {
  const t = TEXT_A;
  const sections: Section[] = [
    section(t, "一、总体要求", "二、重点任务", {
      kind: "part",
      label: "一",
      heading: "总体要求",
      depth: 0,
      path: "一",
    }),
    section(t, "二、重点任务", null, { kind: "part", label: "二", heading: "重点任务", depth: 0, path: "二" }),
    section(t, "5. 碳纤维", "6. 威海", { kind: "item", label: "5", heading: "", depth: 1, path: "二、5" }),
    section(t, "6. 威海", null, { kind: "item", label: "6", heading: "", depth: 1, path: "二、6" }),
  ];
  const parts: DocPart[] = [
    { start: 0, end: t.length, title: TITLE_A, docNumber: NUMBER_A, issueDate: "2018-03-01", issuer: "威海市人民政府" },
  ];
  const doc = ingested("policy-a.txt", t, {
    title: TITLE_A,
    docNumber: NUMBER_A,
    issueDate: "2018-03-01",
    issuer: "威海市人民政府",
    sections,
    parts,
  });
  const carbonFibre = entity(t, "cluster", "碳纤维", ["碳纤维产业集群"]);
  const inItem6 = t.indexOf("碳纤维产业。");
  carbonFibre.mentions.push({ start: inItem6, end: inItem6 + 5, surface: "碳纤维产业" });
  const extraction: Extraction = {
    entities: [
      carbonFibre,
      entity(t, "enterprise", "威高集团"),
      entity(t, "enterprise", "光威复材"),
      entity(t, "platform", "山东省碳纤维技术创新中心", undefined, { level: "provincial" }),
      entity(t, "department", "市工业和信息化局"),
      entity(t, "park", "威海火炬高技术产业开发区", undefined, { level: "national" }),
    ],
    relations: [
      relation(t, "cluster_enterprise", "cluster:碳纤维", "enterprise:威高集团", SENTENCE_A5),
      relation(t, "cluster_enterprise", "cluster:碳纤维", "enterprise:光威复材", SENTENCE_A5),
      relation(
        t,
        "cluster_platform",
        "cluster:碳纤维",
        "platform:山东省碳纤维技术创新中心",
        "创新平台：山东省碳纤维技术创新中心。",
      ),
      relation(
        t,
        "department_responsible",
        "department:市工业和信息化局",
        "cluster:碳纤维",
        "（市工业和信息化局负责）",
      ),
      relation(t, "park_cluster", "park:威海火炬高技术产业开发区", "cluster:碳纤维", SENTENCE_A6),
      relation(t, "co_mention", "enterprise:威高集团", "enterprise:光威复材", SENTENCE_A5),
    ],
  };
  return { doc, extraction };
}

// --- document B: names 威高 (short form), restates a relation of A ------------------------
export const TEXT_B =
  "威高医疗器械产业发展报告\n威高牵头建设医用植入器械国家工程实验室。碳纤维产业集群持续壮大，威高是其重点企业。\n";

export function docB(): { doc: IngestedDoc; extraction: Extraction } {
  const t = TEXT_B;
  const doc = ingested("report-b.txt", t, { title: "威高医疗器械产业发展报告" });
  // 威高 inside the title line is not a mention; take the two in the body only.
  const weigao = entity(t, "enterprise", "威高");
  weigao.mentions = weigao.mentions.filter((m) => m.start > 12);
  return {
    doc,
    extraction: {
      entities: [
        weigao,
        entity(t, "platform", "医用植入器械国家工程实验室", undefined, { level: "national", status: "planned" }),
        entity(t, "cluster", "碳纤维", ["碳纤维产业集群"]),
      ],
      relations: [
        relation(
          t,
          "enterprise_platform",
          "enterprise:威高",
          "platform:医用植入器械国家工程实验室",
          "威高牵头建设医用植入器械国家工程实验室。",
        ),
        relation(
          t,
          "cluster_enterprise",
          "cluster:碳纤维",
          "enterprise:威高",
          "碳纤维产业集群持续壮大，威高是其重点企业。",
        ),
      ],
    },
  };
}

// --- document C: an isolated enterprise, and a name that needs XML escaping --------------
export const ODD_NAME = 'R&D<测试>"公司"';
export const TEXT_C = `好当家集团发展海洋食品产业。${ODD_NAME}位于港区。\n`;

export function docC(): { doc: IngestedDoc; extraction: Extraction } {
  const t = TEXT_C;
  return {
    doc: ingested("note-c.txt", t),
    extraction: { entities: [entity(t, "enterprise", "好当家集团"), entity(t, "enterprise", ODD_NAME)], relations: [] },
  };
}

export const TABLES = [
  "documents",
  "document_parts",
  "sections",
  "entities",
  "aliases",
  "mentions",
  "relations",
  "evidence",
  "edits",
  "views",
  "documents_fts",
  "names_fts",
] as const;

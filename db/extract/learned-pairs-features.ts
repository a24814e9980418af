// The pair proposer's features: cue vocabulary and its per-sentence index, locate-verb objects, a sentence pair's features; what the model reads, apart from the candidate loop.
import type { ExtractedEntity, RelationType } from "../types.ts";
import type { M } from "./learned-pairs-spans.ts";

/** Cue vocabulary: word → group. General policy-text verbs and markers, never names. */
const CUE_GROUPS: Record<string, string[]> = {
  develop: [
    "发展",
    "打造",
    "培育",
    "集聚",
    "聚集",
    "壮大",
    "形成",
    "布局",
    "做强",
    "做大",
    "引育",
    "主导",
    "特色",
    "重点",
  ],
  locate: ["位于", "落户", "入驻", "坐落", "园区内", "区内", "园内", "境内", "辖区", "落地", "选址", "引进", "签约"],
  lead: ["龙头", "链主", "领军", "骨干", "重点企业", "代表", "头部", "标杆", "领航"],
  rely: ["依托", "建设", "建成", "组建", "设立", "成立", "共建", "联合"],
  charge: ["牵头", "负责", "责任单位", "配合", "牵头单位", "主管", "指导"],
  serve: ["服务", "支撑", "赋能", "面向", "平台"],
  zone: ["园区", "全区", "本区", "我区", "这里", "该区", "开发区", "高新区", "新区"],
  chain: ["产业链", "集群", "上下游", "配套"],
  firm: ["企业", "公司", "集团", "项目"],
  list: ["等", "包括", "如", "主要有", "：", ":"],
};
const CUES: [string, string][] = Object.entries(CUE_GROUPS)
  .flatMap(([g, ws]) => ws.map((w) => [w, g] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

/** Verbs whose object is a place: what follows them says where a firm is (this park, a zone word, elsewhere). */
const LOCATE_VERBS = /(位于|落户|入驻|坐落|落地|选址|扎根|布局在|集聚在|聚集在)(于|在|到)?/gu;
const ZONE_WORD = /^(园区|开发区|高新区|经开区|新区|区内|园内|我区|本区|全区|该区|这里|此)/u;

/** Where the locate verbs of a span point: "self" (a mention of the park), "zone" (a zone word), "other". */
export function locateObjects(
  text: string,
  span: { start: number; end: number },
  park: ExtractedEntity | null,
): string[] {
  const out = new Set<string>();
  const s = text.slice(span.start, span.end);
  for (const m of s.matchAll(LOCATE_VERBS)) {
    const at = span.start + (m.index ?? 0) + m[0].length;
    if (park?.mentions.some((x) => x.start >= at && x.start <= at + 2)) out.add("self");
    else if (ZONE_WORD.test(text.slice(at, at + 4))) out.add("zone");
    else if (/^[\p{Script=Han}]/u.test(text.slice(at, at + 1))) out.add("other");
  }
  return [...out];
}

export const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > (edges[i] as number)) i++;
  return i;
};

/** Where each cue word occurs in one sentence (only the words present, in CUES order): computed once per sentence. */
export type CueIndex = { w: string; g: string; at: number[] }[];

/** Cue words by their first character, with their rank in CUES (one scan of a sentence finds them all). */
const CUES_BY_FIRST = new Map<string, { w: string; g: string; rank: number }[]>();
CUES.forEach(([w, g], rank) => {
  const k = w[0] as string;
  CUES_BY_FIRST.set(k, [...(CUES_BY_FIRST.get(k) ?? []), { w, g, rank }]);
});

export function cueIndex(text: string, start: number, end: number): CueIndex {
  const byRank = new Map<number, { w: string; g: string; at: number[] }>();
  for (let i = start; i < end; i++) {
    const ws = CUES_BY_FIRST.get(text[i] as string);
    if (!ws) continue;
    for (const c of ws)
      if (i + c.w.length <= end && text.startsWith(c.w, i)) {
        const hit = byRank.get(c.rank);
        if (hit) hit.at.push(i);
        else byRank.set(c.rank, { w: c.w, g: c.g, at: [i] });
      }
  }
  return [...byRank.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/** The cue words wholly inside [from, to) of an indexed sentence (same as testing the slice with includes). */
export function cuesIn(idx: CueIndex, from: number, to: number): [string, string][] {
  const out: [string, string][] = [];
  for (const { w, g, at } of idx) if (at.some((i) => i >= from && i + w.length <= to)) out.push([w, g]);
  return out;
}

export function sentenceFeatures(
  text: string,
  sent: { start: number; end: number },
  cues: CueIndex,
  rt: RelationType,
  a: M,
  b: M,
  order: "st" | "ts",
  inner: M[],
  lead: number,
): string[] {
  const between = inner.length;
  const f = [`inst=sent`, `ord=${rt}|${order}`];
  const gap = b.start - a.end;
  f.push(`d=${rt}|${bucket(gap, [0, 1, 3, 8, 20, 50])}`, `nb=${rt}|${bucket(between, [0, 1, 3])}`);
  const mid = text.slice(a.end, b.start);
  // Clause before the first end: from the last ；or ， (or the sentence start).
  const pre = text.slice(sent.start + lead, a.start);
  const post = text.slice(b.end, sent.end);
  const preFrom =
    sent.start +
    lead +
    Math.max(pre.lastIndexOf("；"), pre.lastIndexOf("，"), pre.lastIndexOf(";"), pre.lastIndexOf(",")) +
    1;
  const postTo = b.end + (post.split(/[，；,;]/u)[0] ?? "").length;
  const puncts = new Set<string>();
  for (const ch of mid) if ("，、；：（）,;:()".includes(ch)) puncts.add(ch);
  if (puncts.size === 0) f.push(`p=${rt}|none`);
  for (const ch of puncts) f.push(`p=${rt}|${ch}`);
  // Both in one 、-list: nothing but other names and joiners between them.
  let rest = "";
  let at = a.end;
  for (const m of inner) {
    if (m.start > at) rest += text.slice(at, m.start);
    at = Math.max(at, m.end);
  }
  rest += text.slice(at, b.start);
  if (/^[、和与及\s]*$/u.test(rest)) f.push(`samelist=${rt}`);
  for (const [pos, from, to] of [
    ["pre", preFrom, a.start],
    ["mid", a.end, b.start],
    ["post", b.end, postTo],
  ] as const)
    for (const [w, g] of cuesIn(cues, from, to)) f.push(`c=${rt}|${pos}|${g}`, `w=${pos}|${w}`);
  // The earlier end opens the sentence (its subject).
  if (pre.trim().length === 0) f.push(`init=${rt}|${order}`);
  return f;
}

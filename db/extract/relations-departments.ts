// Passes 5–6: departments that lead clusters and those responsible for measures and task rows.

import type { RelScope } from "./relations.ts";
import { chainLeads } from "./relations-chain-lead.ts";
import { responsibleUnits } from "./relations-units.ts";

/** 5–5c. 牵头负责, 由…负责 and lead units: departments that lead clusters. */
export function leadDepartments(sc: RelScope): void {
  const { s, lists, add, inSpan, distinct, idx, brackets, leadPairs } = sc;
  // 5. 牵头负责: departments before it lead the clusters after it.
  for (const m of s.matchAll(/牵头负责/gu)) {
    const at = m.index as number;
    const clauseStart =
      Math.max(s.lastIndexOf("，", at), s.lastIndexOf("。", at), s.lastIndexOf("\n", at), s.lastIndexOf(",", at)) + 1;
    let clauseEnd = s.slice(at).search(/[，。；\n,]/u);
    clauseEnd = clauseEnd < 0 ? s.length : at + clauseEnd;
    const ds = distinct(inSpan(clauseStart, at, "department"));
    const cs = distinct(inSpan(at, clauseEnd, "cluster"));
    for (const d of ds)
      for (const c of cs) add("department_cluster", d, c, clauseStart, clauseEnd, "cue:牵头负责", 0.8);
  }

  // 5b. "重点推进的产业集群由D负责…": D leads the clusters of the list introduced with that verb phrase.
  // The pattern starts with a Han run, so the engine would try it at every character;
  // the phrase is rare, and without its literal there is no match to find.
  const LEAD_BY = /([\p{Script=Han}]{2,6})的产业集群由([^，。；,;]{2,30}?)(负责|牵头)/gu;
  for (const m of s.includes("的产业集群由") ? s.matchAll(LEAD_BY) : []) {
    const at = m.index as number;
    const vp = m[1] as string;
    const dStart = at + m[0].indexOf(m[2] as string);
    const ds = distinct(inSpan(dStart, dStart + (m[2] as string).length, "department"));
    const list = [...lists]
      .reverse()
      .find((l) => l.end < at && at - l.end < 600 && l.cue.replace(/\s+/gu, "").endsWith(vp));
    if (!list || ds.length === 0) continue;
    const cs = distinct(inSpan(list.start, list.end + 1, "cluster"));
    for (const d of ds)
      for (const c of cs) add("department_cluster", d, c, list.start, at + m[0].length, "cue:由…负责", 0.65);
  }

  // 5c. Lead units of an industry: 链长制 labels, tasks about an industry, lead verbs (relations-chain-lead.ts).
  for (const p of chainLeads(s, idx, brackets, add)) leadPairs.add(p);

  // 5d. 某局加速培育…，围绕甲、乙…产业链…: a department that opens its sentence and acts on industries at once
  // (a lead or development verb right after it) leads the industries the sentence names.
  for (const sent of sc.sents) {
    // (The industries are the sentence's: a sentence where no cluster starts adds none.)
    if (!sc.idx.startsIn("cluster", sent.start, sent.end)) continue;
    const ds = inSpan(sent.start, sent.end, "department");
    // A news report names the body once, then "该局…" (the last body before with that head).
    const subj = ds.length
      ? { ent: ds[0]?.ent, at: ds[0]?.m.start ?? 0, end: ds[0]?.m.end ?? 0 }
      : pronounSubject(s, sent.start, inSpan);
    if (!subj?.ent || ds.some((h) => h.ent !== subj.ent)) continue;
    // Only a time or purpose clause before it (今年以来，/ 为将…转化为产业优势，).
    if (!/^\s*(?:[^。；]{0,40}[，,])?\s*$/u.test(s.slice(sent.start, subj.at))) continue;
    if (!DEPT_ACTS.test(s.slice(subj.end, subj.end + 8))) continue;
    const cs = distinct(inSpan(subj.end, sent.end, "cluster"));
    for (const c of cs) add("department_cluster", subj.ent, c, sent.start, sent.end, "subject:department", 0.55);
  }
}

/** "该局…" opening a sentence: the last department before it (within a few paragraphs) whose name ends in that head. */
function pronounSubject(s: string, start: number, inSpan: RelScope["inSpan"]) {
  const m = /^\s*该(局|委|办|厅)/u.exec(s.slice(start, start + 6));
  if (!m) return undefined;
  const ent = inSpan(Math.max(0, start - 600), start, "department")
    .filter((h) => h.ent.name.endsWith(m[1] as string))
    .pop()?.ent;
  return { ent, at: start + m[0].length - 2, end: start + m[0].length };
}

/** What a department that leads industries does first (加速培育, 围绕, 牵头…): never 印发, 召开, 发布. */
const DEPT_ACTS =
  /^(?:(?:加速|加快|积极|大力|着力|全力|强力|持续|不断|进一步|重点)?(?:培育|推进|推动|发展|打造|壮大|做强|围绕|聚焦|牵头|负责|抓好|统筹|谋划|布局|实施))/u;

/** 6. Numbered measures closed by （…负责） and 牵头单位 task rows: the departments responsible. */
export function measureDepartments(sc: RelScope): void {
  const { s, sections, add, inSpan, distinct, idx, inBracket } = sc;
  // 6. Numbered measures closed by （…负责）: those departments answer for the entities the measure names.
  for (const sec of sections) {
    if (sec.kind !== "item" && sec.kind !== "article") continue;
    const body = s.slice(sec.start, sec.end).trimEnd();
    // Both patterns run from an opening bracket to the closing one that ends the
    // measure, with no bracket between: so they can only start at the last bracket
    // before the end. Matching there alone spares a scan of the whole measure.
    const last = body.length - 1;
    if (body[last] !== "）" && body[last] !== ")") continue;
    const open = Math.max(
      body.lastIndexOf("（", last - 1),
      body.lastIndexOf("(", last - 1),
      body.lastIndexOf("）", last - 1),
      body.lastIndexOf(")", last - 1),
    );
    if (open < 0 || (body[open] !== "（" && body[open] !== "(")) continue;
    const tail = body.slice(open);
    const bm =
      /[（(]([^（）()]{2,120})(按职责分工)?负责[）)]\s*$/u.exec(tail) ??
      // （牵头单位：甲；责任单位：乙）closes a measure the same way.
      /[（(]\s*(?:牵头单位|责任单位)\s*[:：]([^（）()]{2,200})[）)]\s*$/u.exec(tail);
    if (!bm) continue;
    const bStart = sec.start + open + (bm.index as number);
    const ds = responsibleUnits(s, idx, bStart, sec.end);
    const targets = distinct(inSpan(sec.start, bStart).filter((h) => h.ent.type !== "department"));
    for (const d of ds)
      for (const t of targets) add("department_responsible", d, t, sec.start, sec.end, "measure:responsible", 0.75);
  }
  // Task tables: 牵头单位：D, then the work and the year's goals.
  for (const m of s.matchAll(/牵头单位\s*[:：]\s*/gu)) {
    const at = m.index as number;
    // "（牵头单位：…）" closes a measure (handled above); a table row has the label at a line start.
    if (/[（(]\s*$/u.test(s.slice(Math.max(0, at - 2), at)) || inBracket(at)) continue;
    const lineEnd = s.indexOf("\n", at);
    const ds = distinct(inSpan(at, lineEnd < 0 ? s.length : lineEnd, "department"));
    // The row of a 重点工作 table just above (its label, 重点工作：…; the words in a title name no row);
    // other task lists are label:responsible's (relations-measures.ts).
    const workLabel = [...s.slice(Math.max(0, at - 1500), at).matchAll(/重点工作\s*[:：]/gu)].pop();
    if (!workLabel) continue;
    const workStart = Math.max(0, at - 1500) + (workLabel.index as number);
    // The row ends at its report columns or at the next row's label.
    const stop = s.slice(at).search(/进展情况|存在问题|完成情况|重点工作\s*[:：]/u);
    const workEnd = stop < 0 ? s.length : at + stop;
    // A unit list's own items (a company among the 责任单位) are units, not the work's targets.
    const targets = distinct(
      inSpan(workStart, workEnd).filter((h) => h.ent.type !== "department" && !inBracket(h.m.start)),
    );
    for (const d of ds)
      for (const t of targets) add("department_responsible", d, t, workStart, workEnd, "table:lead-unit", 0.7);
  }
}

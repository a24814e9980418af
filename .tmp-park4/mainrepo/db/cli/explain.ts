// `kg explain FILE ENTITY|SOURCE->TARGET|--all`: why the extractor found
// something — for each hit the citation path, the span, the sentence with the
// span marked «like this», and the rule. Reads the file like ingest does and
// runs the real extractor; no database involved.
import { basename } from "node:path";
import { extract } from "../extract/index.ts";
import { PRECEDENCE, ruleById, ruleEntry } from "../extract/registry.ts";
import { readDocument } from "../ingest/index.ts";
import { sectionAt } from "../ingest/structure.ts";
import {
  ENTITY_TYPES,
  type EntityType,
  type ExtractedEntity,
  type ExtractedRelation,
  RELATION_TYPES,
  type RelationType,
  type Section,
  type Span,
} from "../types.ts";
import { parseArgs, stringFlag, UsageError } from "./args.ts";

const USAGE = `usage: kg explain FILE NAME [--type ${ENTITY_TYPES.join("|")}] [--json]
       kg explain FILE "SOURCE->TARGET" [--relation TYPE] [--json]
       kg explain FILE --all [--type T] [--relation R] [--json]
       kg explain --stats DIR_OR_FILE... [--gold DIR[,DIR]] [--json]
       kg explain --rules [--json]`;

const SPEC = { type: true, relation: true, all: false, json: false, stats: false, gold: true, rules: false };
/** Sentence ends: a sentence is the text between two of these. */
const SENTENCE_END = /[。！？；!?;\n]/u;
/** Context kept on each side of a marked span inside a long sentence. */
const SIDE = 40;
/** Longer evidence is shown as its head and tail only. */
const LONG_SPAN = 60;

export interface Hit extends Span {
  surface: string;
  /** Citation path of the innermost section, "" before the first heading. */
  path: string;
  /** The sentence around the span with the span marked «…». */
  sentence: string;
  rule: string;
  /** True when the extractor recorded no rule for this mention and the entity's rule stands in. */
  firstFoundBy?: boolean;
}

export interface EntityExplanation {
  key: string;
  name: string;
  type: EntityType;
  level: string | null;
  status: string;
  rule: string;
  confidence: number;
  mentions: Hit[];
}

export interface RelationExplanation {
  type: RelationType;
  source: { key: string; name: string; mention: Hit | null };
  target: { key: string; name: string; mention: Hit | null };
  rule: string;
  confidence: number;
  evidence: Omit<Hit, "rule">;
}

/** The registry entry behind a rule id, as explain shows it. */
export interface RuleNote {
  rule: string;
  /** Registry id (a family's id for a family member); null when the rule is not registered. */
  entry: string | null;
  stage: string | null;
  description: string;
}

export interface Explanation {
  file: string;
  entities: EntityExplanation[];
  relations: RelationExplanation[];
  /** One note per distinct rule of the hits above. */
  rules: RuleNote[];
}

export function ruleNote(rule: string): RuleNote {
  const r = ruleEntry(rule);
  return r
    ? { rule, entry: r.id, stage: r.stage, description: r.description }
    : { rule, entry: null, stage: null, description: "not in the rule registry (db/extract/registry.ts)" };
}

function notesFor(ents: EntityExplanation[], rels: RelationExplanation[]): RuleNote[] {
  const ids = new Set<string>();
  for (const e of ents) for (const id of [e.rule, ...e.mentions.map((m) => m.rule)]) ids.add(id);
  for (const r of rels) ids.add(r.rule);
  return [...ids].map(ruleNote);
}

export function formatNotes(notes: RuleNote[]): string {
  return ["rules:", ...notes.map((n) => `  ${n.rule}  [${n.stage ?? "unregistered"}]  ${n.description}`)].join("\n");
}

/** NFKC, no whitespace: how names are compared. */
export function normName(s: string): string {
  return s.normalize("NFKC").replace(/\s+/gu, "");
}

/** The sentence holding [start, end), the span marked, long sides cut with …. */
export function markSentence(text: string, span: Span): string {
  let a = span.start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1] as string)) a--;
  let b = span.end;
  // The sentence keeps its own end mark; a span ending on one is already closed.
  const closed = span.end > span.start && SENTENCE_END.test(text[span.end - 1] as string);
  if (!closed) {
    while (b < text.length && !SENTENCE_END.test(text[b] as string)) b++;
    if (b < text.length && text[b] !== "\n") b++;
  }
  const flat = (s: string) => s.replace(/\s*\n\s*/gu, " ");
  const left = a < span.start - SIDE ? `…${text.slice(span.start - SIDE, span.start)}` : text.slice(a, span.start);
  const right = b > span.end + SIDE ? `${text.slice(span.end, span.end + SIDE)}…` : text.slice(span.end, b);
  const inner = text.slice(span.start, span.end);
  const shown = inner.length > LONG_SPAN ? `${inner.slice(0, LONG_SPAN / 2)}…${inner.slice(-LONG_SPAN / 2)}` : inner;
  return flat(`${left.trimStart()}«${shown}»${right.trimEnd()}`);
}

/** Characters shared by two names (as multisets), for "did you mean". */
function shared(a: string, b: string): number {
  const pool = [...b];
  let n = 0;
  for (const ch of a) {
    const i = pool.indexOf(ch);
    if (i >= 0) {
      n++;
      pool.splice(i, 1);
    }
  }
  return n;
}

/** Up to `limit` entity names closest to `query` by shared characters. */
export function closestNames(query: string, entities: ExtractedEntity[], limit = 5): string[] {
  const q = normName(query);
  return entities
    .map((e) => ({ e, n: shared(q, normName(e.name)) }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n || Math.abs(x.e.name.length - q.length) - Math.abs(y.e.name.length - q.length))
    .slice(0, limit)
    .map((x) => `${x.e.name} [${x.e.type}]`);
}

/** Entities whose canonical name or any mention surface equals `query` (normalised). */
export function matchEntities(query: string, entities: ExtractedEntity[], type?: EntityType): ExtractedEntity[] {
  const q = normName(query);
  return entities.filter(
    (e) => (!type || e.type === type) && (normName(e.name) === q || e.mentions.some((m) => normName(m.surface) === q)),
  );
}

function hit(text: string, sections: Section[], span: Span & { surface: string }, rule: string): Hit {
  return {
    start: span.start,
    end: span.end,
    surface: span.surface,
    path: sectionAt(sections, span.start)?.path ?? "",
    sentence: markSentence(text, span),
    rule,
  };
}

function explainEntity(text: string, sections: Section[], e: ExtractedEntity): EntityExplanation {
  return {
    key: e.key,
    name: e.name,
    type: e.type,
    level: e.level,
    status: e.status,
    rule: e.rule,
    confidence: e.confidence,
    mentions: e.mentions.map((m) => {
      const h = hit(text, sections, m, m.rule ?? e.rule);
      if (m.rule === undefined) h.firstFoundBy = true;
      return h;
    }),
  };
}

function explainRelation(
  text: string,
  sections: Section[],
  r: ExtractedRelation,
  byKey: Map<string, ExtractedEntity>,
): RelationExplanation {
  // The end's mention inside the evidence shows which words tied it in.
  const end = (key: string) => {
    const e = byKey.get(key);
    const m = e?.mentions.find((x) => x.start >= r.evidence.start && x.end <= r.evidence.end);
    return { key, name: e?.name ?? key, mention: e && m ? hit(text, sections, m, m.rule ?? e.rule) : null };
  };
  const { rule: _rule, ...evidence } = hit(text, sections, r.evidence, r.rule);
  return {
    type: r.type,
    source: end(r.source),
    target: end(r.target),
    rule: r.rule,
    confidence: r.confidence,
    evidence,
  };
}

const where = (h: Span & { path: string }) => `${h.path || "(before the first heading)"}  [${h.start},${h.end})`;

export function formatEntity(x: EntityExplanation): string {
  const lines = [
    `${x.name}  [${x.type}]  level=${x.level ?? "-"}  status=${x.status}  rule=${x.rule}  confidence=${x.confidence.toFixed(2)}`,
  ];
  for (const m of x.mentions) {
    lines.push(`  ${where(m)}  ${m.firstFoundBy ? `first found by ${m.rule}` : `rule=${m.rule}`}`);
    lines.push(`      ${m.sentence}`);
  }
  return lines.join("\n");
}

export function formatRelation(x: RelationExplanation): string {
  const lines = [
    `${x.type}  ${x.source.name} → ${x.target.name}  rule=${x.rule}  confidence=${x.confidence.toFixed(2)}`,
    `  evidence  ${where(x.evidence)}`,
    `      ${x.evidence.sentence}`,
  ];
  for (const [role, end] of [
    ["source", x.source],
    ["target", x.target],
  ] as const) {
    if (end.mention) lines.push(`      ${role} ${where(end.mention)}  ${end.mention.sentence}`);
  }
  return lines.join("\n");
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}`);
  return value as T;
}

class NotFound extends Error {}

interface Query {
  file: string;
  all: boolean;
  name?: string;
  pair?: [string, string];
  type?: EntityType;
  relation?: RelationType;
  json: boolean;
}

function parseQuery(argv: string[]): Query {
  const p = parseArgs(argv, SPEC);
  const all = p.flags.all === true;
  const [file, what, ...extra] = p.positional;
  if (!file) throw new UsageError("missing FILE");
  if (extra.length || (all && what !== undefined)) throw new UsageError("give one NAME, one SOURCE->TARGET or --all");
  if (!all && (what === undefined || normName(what) === ""))
    throw new UsageError("missing NAME, SOURCE->TARGET or --all");
  const q: Query = {
    file,
    all,
    json: p.flags.json === true,
    type: oneOf(stringFlag(p, "type"), ENTITY_TYPES, "type"),
    relation: oneOf(stringFlag(p, "relation"), RELATION_TYPES, "relation"),
  };
  if (what !== undefined) {
    const parts = what.split(/->|→/u);
    if (parts.length === 1) q.name = what;
    else if (parts.length === 2 && normName(parts[0] as string) && normName(parts[1] as string))
      q.pair = [parts[0] as string, parts[1] as string];
    else throw new UsageError(`"${what}" is not SOURCE->TARGET`);
  }
  if (q.name !== undefined && q.relation) throw new UsageError("--relation applies to SOURCE->TARGET or --all");
  if (q.pair && q.type) throw new UsageError("--type applies to a NAME or --all; use --relation for relations");
  return q;
}

/** Selects and explains; throws NotFound with a message naming the closest names. */
export function explainDoc(
  doc: { fileName: string; text: string; sections: Section[] },
  q: Omit<Query, "file" | "json">,
): Explanation {
  const x = extract({ text: doc.text, sections: doc.sections, fileName: doc.fileName });
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  let ents: ExtractedEntity[] = [];
  let rels: ExtractedRelation[] = [];
  const suggest = (name: string) => {
    const near = closestNames(name, x.entities);
    return near.length ? `\nclosest names: ${near.join(", ")}` : "";
  };
  if (q.all) {
    // A filter on one kind alone narrows the output to that kind (--all --relation co_mention).
    const only = !!q.type !== !!q.relation;
    ents = only && !q.type ? [] : x.entities.filter((e) => !q.type || e.type === q.type);
    rels = only && !q.relation ? [] : x.relations.filter((r) => !q.relation || r.type === q.relation);
  } else if (q.name !== undefined) {
    ents = matchEntities(q.name, x.entities, q.type);
    if (!ents.length)
      throw new NotFound(`no ${q.type ?? "entity"} named "${q.name}" in ${doc.fileName}${suggest(q.name)}`);
  } else if (q.pair) {
    const [src, tgt] = q.pair;
    const keys = (n: string) => new Set(matchEntities(n, x.entities).map((e) => e.key));
    const s = keys(src);
    const t = keys(tgt);
    if (!s.size) throw new NotFound(`no entity named "${src}" in ${doc.fileName}${suggest(src)}`);
    if (!t.size) throw new NotFound(`no entity named "${tgt}" in ${doc.fileName}${suggest(tgt)}`);
    const typed = x.relations.filter((r) => !q.relation || r.type === q.relation);
    rels = typed.filter((r) => s.has(r.source) && t.has(r.target));
    if (!rels.length) {
      const reversed = typed.some((r) => t.has(r.source) && s.has(r.target));
      const from = [...new Set(typed.filter((r) => s.has(r.source)).map((r) => byKey.get(r.target)?.name ?? r.target))];
      throw new NotFound(
        `no ${q.relation ?? "relation"} ${src} → ${tgt} in ${doc.fileName}` +
          (reversed ? `\nthere is one the other way: "${tgt}->${src}"` : "") +
          (from.length ? `\n${src} → ${from.slice(0, 8).join(", ")}${from.length > 8 ? ", …" : ""}` : ""),
      );
    }
  }
  const entities = ents.map((e) => explainEntity(doc.text, doc.sections, e));
  const relations = rels.map((r) => explainRelation(doc.text, doc.sections, r, byKey));
  return { file: doc.fileName, entities, relations, rules: notesFor(entities, relations) };
}

/** The registry in precedence order, one line per rule. */
function printRules(p: ReturnType<typeof parseArgs>): number {
  if (p.positional.length || Object.keys(p.flags).some((f) => f !== "rules" && f !== "json"))
    throw new UsageError("--rules takes no other arguments");
  const rows = PRECEDENCE.map((id) => ruleById(id)).filter((r) => r !== undefined);
  if (p.flags.json === true) {
    const out = rows.map(({ accepts: _a, ...r }) => r);
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const w = Math.max(...rows.map((r) => r.id.length)) + 2;
  const lines = rows.map(
    (r) =>
      `${r.id.padEnd(w)}${r.stage.padEnd(12)}${(r.confidence === null ? "-" : r.confidence.toFixed(2)).padEnd(6)}${r.produces.join(",")}  ${r.description}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

async function runStats(p: ReturnType<typeof parseArgs>): Promise<number> {
  for (const f of ["type", "relation", "all"] as const)
    if (p.flags[f] !== undefined) throw new UsageError(`--${f} does not apply to --stats`);
  if (!p.positional.length) throw new UsageError("--stats needs a folder or files");
  const { formatStats, statsForPaths } = await import("./rule-stats.ts");
  try {
    const gold = stringFlag(p, "gold")?.split(",").filter(Boolean) ?? [];
    const report = await statsForPaths(p.positional, gold);
    process.stdout.write(p.flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : `${formatStats(report)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`kg explain: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

export async function runExplain(argv: string[]): Promise<number> {
  // A closed pipe (kg explain … | head) is not an error of ours.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  let q: Query;
  try {
    const p = parseArgs(argv, SPEC);
    if (p.flags.stats === true) return await runStats(p);
    if (p.flags.rules === true) return printRules(p);
    if (p.flags.gold !== undefined) throw new UsageError("--gold applies to --stats");
    q = parseQuery(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`kg explain: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const doc = await readDocument(q.file);
    const out = explainDoc({ fileName: basename(q.file), text: doc.text, sections: doc.sections }, q);
    if (q.json) {
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    const blocks = [...out.entities.map(formatEntity), ...out.relations.map(formatRelation)];
    if (blocks.length) blocks.push(formatNotes(out.rules));
    process.stdout.write(blocks.length ? `${blocks.join("\n\n")}\n` : `nothing extracted from ${out.file}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`kg explain: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

// Rule-based extractor: entities (cluster, park, platform, enterprise,
// department) with mentions, and the relations the text states. Pure and
// synchronous; every entity and relation records the rule behind it.

import { partSpans } from "../ingest/parts.ts";
import { parseSections } from "../ingest/structure.ts";
import type { ExtractedEntity, ExtractedRelation, Extraction, Section, Span } from "../types.ts";
import { aliasCandidates } from "./aliases.ts";
import { charTable, endsVisibly } from "./anchored.ts";
import { assignAttributes } from "./attributes.ts";
import { posBoundaries } from "./boundary.ts";
import { clauseBoundaries } from "./boundary-clause.ts";
import { innerBoundaries } from "./boundary-inner.ts";
import { entityKey } from "./canonical.ts";
import { categoryHeadClusters } from "./cluster-categories.ts";
import { developOneCluster, oneEtcCluster } from "./cluster-develop-one.ts";
import { chainLeaderClusters, developListClusters } from "./cluster-heads.ts";
import { clusterLeadWords } from "./cluster-lead-words.ts";
import { roleCueClusters, secondSuffixedClusters } from "./cluster-role-cues.ts";
import { runInHeadingClusters } from "./cluster-structure.ts";
import { clauseName, clusterTitles } from "./cluster-titles.ts";
import { clusterSuffixCandidates } from "./clusters.ts";
import { clusterListCandidates } from "./clusters-lists.ts";
import { bracketIndustry, predicateClusters, roleChainClusters, topicOpeningClusters } from "./clusters-roles.ts";
import { type Cand, type Ctx, makeContext } from "./context.ts";
import { coordinationCandidates } from "./coordination.ts";
import { departmentCandidates } from "./departments.ts";
import { newDocument } from "./doc-memo.ts";
import { enterpriseListCandidates, listedInstitutes } from "./enterprises.ts";
import { roleAppositionCandidates } from "./firm-apposition.ts";
import { firmListBrandCandidates } from "./firm-list-brand.ts";
import { firmCueCandidates, firmListCandidates } from "./firm-lists.ts";
import { measureObjectCandidates } from "./firm-measure-object.ts";
import { firmPartnerCandidates, schoolPartnerCandidates } from "./firm-partner.ts";
import { firmPlantCandidates } from "./firm-plant.ts";
import { firmRoleCandidates } from "./firm-roles.ts";
import { firmSubjectCandidates } from "./firm-subject.ts";
import { gazetteer } from "./gazetteer.ts";
import { splitJoined } from "./joined.ts";
import { applyLearnedFilter, type LearnedModel } from "./learned.ts";
import { learnedListClusters } from "./learned-lists.ts";
import MODEL_JSON from "./learned-model.json" with { type: "json" };
import { applyPairProposer } from "./learned-pairs.ts";
import { learnedSpans, loadSpanModel, type SpanModel, type SpanModelFile } from "./learned-spans.ts";
import SPANS_JSON from "./learned-spans-model.json" with { type: "json" };
import { listSiblings } from "./list-siblings.ts";
import { type EnumList, findLists } from "./lists.ts";
import { bareCategory, suffixCandidates, typedSuffix } from "./names.ts";
import { ownNamedSpecific } from "./names-valid.ts";
import { descriptorParks, namedBases, platformQualifiers, shortZoneCandidates } from "./park-forms.ts";
import { parkListCandidates } from "./park-lists.ts";
import { parkPrecision } from "./park-precision.ts";
import { appositionParks, countedParkSets } from "./park-sets.ts";
import { joinSubParks } from "./park-sub-parks.ts";
import { zoneParts } from "./park-zone-parts.ts";
import { academyInstitutes } from "./platform-institutes.ts";
import { listedCentres } from "./platform-lists.ts";
import { quotedPlatforms } from "./platform-quoted.ts";
import { precisionFilters } from "./precision-filters.ts";
import { framePrecision } from "./precision-frames.ts";
import { projectCapacityCandidates } from "./project-capacity.ts";
import { projectClauseCandidates } from "./project-clause.ts";
import { preferProjectFirms, projectBoxCandidates, projectListCandidates } from "./project-firms.ts";
import { projectInvestedCandidates } from "./project-invested.ts";
import { projectSingleCandidates } from "./project-single.ts";
import { projectSubjectCandidates } from "./project-subject.ts";
import { ruleConfidence } from "./registry.ts";
import { findRelations } from "./relations.ts";
import { relationsByPage } from "./relations-pages.ts";
import { type Ent, groupEntities, selectFlat } from "./resolve.ts";
import { tableCellCandidates } from "./table-cells.ts";
import { tableColumnCandidates } from "./table-columns.ts";
import { mapBack, withoutGlosses } from "./web-noise.ts";
import { preferZoneBodies, zoneOwnBodies } from "./zone-bodies.ts";

export { entityKey, resolutionKey } from "./canonical.ts";

const MODEL = MODEL_JSON as LearnedModel;
/** The span tagger's weights, decoded on first use (about 1.5 MB of packed rows). */
let SPANS: SpanModel | undefined;
const spanModel = () => {
  SPANS ??= loadSpanModel(SPANS_JSON as SpanModelFile);
  return SPANS;
};

/** A park's or platform's name whose specific part names its own place or owner: one thing, not a kind. */
function ownNamedItem(name: string): boolean {
  const ts = typedSuffix(name);
  if (!ts || ts.type === "enterprise" || bareCategory(name)) return false;
  return ownNamedSpecific(name.slice(0, name.length - ts.suffix.length).replace(/^(国家级|省级|市级|自治区级)/u, ""));
}

/** A counted cue (建立起30多个, 一批, 各类) closing a list's clause. */
const COUNTED_CUE = /((\d+|[一二三四五六七八九十两几])(多|余)?个|一批|多个|各类)\s*$/u;
/** Its last visible character: a test before the pattern, which was tried at every character of every cue. */
const COUNTED_LAST = charTable("个批类");

export { toGold } from "./gold.ts";

export interface ExtractOptions {
  /** false: rules only (no learned filter, no learned proposer), as training needs. */
  learned?: boolean;
  /** "force": apply the learned pair proposer even when training left it disabled (its registry examples). */
  pairs?: "force";
  /** Called with the lists and the accepted rule candidates where the learned list layer reads them (its training). */
  onLists?: (ctx: Ctx, lists: EnumList[], cands: Cand[]) => void;
  /** Called with every recogniser's candidates before flat selection (oracle-recall measurements). */
  onCandidates?: (ctx: Ctx, cands: Cand[]) => void;
  /** The span tagger to use instead of the committed one (its training's cross-validation), or false: none. */
  spans?: SpanModel | false;
}

export function extract(
  doc: { text: string; sections?: Section[]; parts?: Span[]; fileName?: string },
  opts: ExtractOptions = {},
): Extraction {
  newDocument();
  // Pinyin glosses of a web copy (經(jīng)): rules run on the text without them (web-noise.ts).
  const clean = withoutGlosses(doc.text);
  if (clean) return mapBack(extractText({ text: clean.text, fileName: doc.fileName }, opts), clean);
  return extractText(doc, opts);
}

function extractText(
  doc: { text: string; sections?: Section[]; parts?: Span[]; fileName?: string },
  opts: ExtractOptions,
): Extraction {
  const text = doc.text;
  const sections = doc.sections ?? parseSections(text);
  const ctx = makeContext(text, sections);
  const lists = findLists(ctx);
  const named = splitJoined(ctx, descriptorParks(ctx, namedBases(ctx, suffixCandidates(ctx))));
  named.push(...listedCentres(ctx, lists, named));
  named.push(...quotedPlatforms(ctx, named));
  const parks = named.filter((c) => c.type === "park");
  const brackets = bracketIndustry(ctx, parks);
  const cands: Cand[] = preferZoneBodies(collectCandidates(ctx, lists, named, brackets));
  preferProjectFirms(ctx, cands);
  // Items of a counted list (建立起30多个A、B…等平台) name categories, not things.
  const counted = lists.filter((l) => endsVisibly(COUNTED_LAST, l.cue) && COUNTED_CUE.test(l.cue));
  // A list holding a bare category (…、工程研究中心、企业技术中心等平台) lists kinds, not named things.
  for (const l of lists) {
    const bare = l.items.filter((it) => bareCategory(ctx.s.slice(it.start, it.end))).length;
    if (bare >= 2 && bare * 2 >= l.items.length) counted.push(l);
  }
  // …but an item that names its own owner or place (某省某某控制阀工程研究中心) among the kinds is one named thing.
  const inCounted = (c: Cand) =>
    counted.some((l) => c.start >= l.start && c.end <= l.end + 1) && !ownNamedItem(ctx.s.slice(c.start, c.end));
  // The (*) rule of the guide: a name in a "创新平台：" list is a platform even when it ends in 园.
  for (const l of lists) {
    if (!/平台\s*[：:]/u.test(l.cue)) continue;
    for (const c of named)
      if (c.type === "park" && c.start >= l.start && c.end <= l.end + 1) {
        c.type = "platform";
        c.rule = "list-typed:platform";
      }
  }
  listedInstitutes(ctx, lists, cands, named);
  // A name typed as a platform among bracketed parks (某处理中心(纺织印染)) is listed as a park.
  const parkBrackets = brackets.length >= 3;
  for (const c of named) {
    if (parkBrackets && c.type === "platform" && /^[(（][^()（）]{2,14}[)）]/u.test(ctx.s.slice(c.end, c.end + 16))) {
      c.type = "park";
      c.rule = "list-typed:park-bracket";
      const b = bracketIndustry(ctx, [c]);
      brackets.push(...b);
      cands.push(...b.map((x) => x.cluster));
    }
  }
  // "以A、B为代表的…": when the items are industries the document names elsewhere, they are not firms.
  const clusterNames = new Set(
    cands
      .filter((c) => c.type === "cluster")
      .map((c) => ctx.s.slice(c.start, c.end).replace(/(产业集群|产业链|集群|产业)$/u, "")),
  );
  // Filtered once: scanning every candidate for every list was quadratic on long plans.
  const listFirms = cands.filter((c) => c.type === "enterprise" && c.fromList);
  for (const l of lists) {
    const firms = listFirms.filter((c) => c.start >= l.start && c.end <= l.end + 1);
    if (firms.length < 2) continue;
    const known = firms.filter((c) => clusterNames.has(ctx.s.slice(c.start, c.end))).length;
    if (known * 2 >= firms.length) for (const c of firms) c.confidence = 0;
  }
  // Boundaries stage: names start at a token the tagger allows (boundary.ts).
  posBoundaries(ctx, cands);
  innerBoundaries(ctx, cands);
  clauseBoundaries(ctx, cands);
  joinSubParks(ctx, cands);
  clusterTitles(ctx, cands);
  clusterLeadWords(ctx, cands);
  platformQualifiers(ctx, cands);
  // Typing stage: titles, slogans and owners' platforms (precision-filters.ts).
  precisionFilters(ctx, cands);
  parkPrecision(ctx, cands);
  zoneParts(ctx, cands);
  framePrecision(ctx, cands, lists);
  if (opts.onCandidates) opts.onCandidates(ctx, cands);
  const accepted = selectFlat(cands.filter((c) => !((c.type === "platform" || c.type === "park") && inCounted(c))));
  // The learned list layer (learned-lists.ts): items of lists it reads as industries that no accepted name covers.
  if (opts.onLists) opts.onLists(ctx, lists, accepted);
  if (opts.learned !== false)
    accepted.push(...learnedListClusters(ctx, lists, accepted, MODEL.lists).filter((c) => !clauseName(c.name)));
  // Items left untyped beside accepted siblings of one type (list-siblings.ts).
  accepted.push(...listSiblings(ctx, lists, accepted).filter((c) => !clauseName(c.name)));
  // The learned span tagger (learned-spans.ts): names inside list items that no accepted name covers.
  if (opts.learned !== false && opts.spans !== false)
    accepted.push(...learnedSpans(ctx, lists, accepted, opts.spans ?? spanModel()).filter((c) => !clauseName(c.name)));
  // A name that canonical naming leaves empty (级支柱产业 after a scale the boundary cut) names nothing.
  const ents = groupEntities(ctx, accepted).filter((e) => e.name.trim() !== "");
  // A gazette's documents (as ingest split them, else from the text's table of contents): bare
  // back-references stay in their own.
  gazetteer(ctx, ents, doc.parts ?? partSpans(text));
  assignAttributes(ctx, ents, lists);
  const rels = relationsByPage(ctx, ents, lists, sections);
  // Park(industry) pairs whose both ends survived flat selection.
  // Numeric span keys (unique as both ends are at most the text length): no key strings.
  const spanKey = (start: number, end: number) => start * (text.length + 1) + end;
  const spanOwner = new Map<number, Ent>();
  for (const e of ents) for (const m of e.mentions) spanOwner.set(spanKey(m.start, m.end), e);
  const byMention = (start: number, end: number) => spanOwner.get(spanKey(start, end));
  for (const b of brackets) {
    const p = byMention(b.park.start, b.park.end);
    const c = byMention(b.cluster.start, b.cluster.end);
    if (p && c)
      rels.push({
        type: "park_cluster",
        source: p,
        target: c,
        evStart: b.park.start,
        evEnd: b.cluster.end + 1,
        rule: "park-bracket",
        confidence: ruleConfidence("park-bracket"),
      });
  }
  const out = toExtraction(text, ents, rels);
  // The learned filter (learned.ts) and pair proposer (learned-pairs.ts), when `npm run train`
  // enabled them; off for training itself.
  if (opts.learned === false) return out;
  const filtered = applyLearnedFilter(text, sections, out, MODEL);
  return applyPairProposer(text, sections, filtered, MODEL.pairs, opts.pairs === "force");
}

/**
 * Every recogniser's candidates, in this order (a function of its own: as one array literal of 31
 * spreads, extractText was a single unit that took the optimising compiler about a second).
 */
function collectCandidates(
  ctx: Ctx,
  lists: EnumList[],
  named: Cand[],
  brackets: ReturnType<typeof bracketIndustry>,
): Cand[] {
  const out: Cand[] = [];
  const add = (cs: Cand[]) => {
    for (const c of cs) out.push(c);
  };
  add(named);
  add(coordinationCandidates(ctx, named));
  add(departmentCandidates(ctx));
  add(clusterSuffixCandidates(ctx));
  add(clusterListCandidates(ctx, lists));
  add(predicateClusters(ctx));
  add(roleChainClusters(ctx));
  add(roleCueClusters(ctx));
  add(secondSuffixedClusters(ctx));
  add(topicOpeningClusters(ctx));
  add(runInHeadingClusters(ctx));
  add(developListClusters(ctx, lists));
  add(developOneCluster(ctx));
  add(oneEtcCluster(ctx));
  add(chainLeaderClusters(ctx));
  add(categoryHeadClusters(ctx, lists));
  add(enterpriseListCandidates(ctx, lists));
  add(firmListCandidates(ctx, lists, named));
  add(firmCueCandidates(ctx));
  add(zoneOwnBodies(ctx, named));
  add(shortZoneCandidates(ctx, named));
  add(countedParkSets(ctx));
  add(appositionParks(ctx));
  add(academyInstitutes(ctx));
  add(parkListCandidates(ctx, lists, named));
  add(brackets.map((b) => b.cluster));
  add(aliasCandidates(ctx, named));
  add(tableColumnCandidates(ctx));
  add(tableCellCandidates(ctx));
  add(projectBoxCandidates(ctx));
  add(projectListCandidates(ctx, lists, named));
  add(projectClauseCandidates(ctx));
  add(projectSubjectCandidates(ctx));
  add(projectCapacityCandidates(ctx));
  add(projectSingleCandidates(ctx));
  add(projectInvestedCandidates(ctx));
  add(firmSubjectCandidates(ctx));
  add(firmListBrandCandidates(ctx, lists));
  add(measureObjectCandidates(ctx));
  add(firmPartnerCandidates(ctx));
  add(schoolPartnerCandidates(ctx));
  add(firmPlantCandidates(ctx));
  add(firmRoleCandidates(ctx));
  add(roleAppositionCandidates(ctx));
  return out;
}

function toExtraction(text: string, ents: Ent[], rels: ReturnType<typeof findRelations>): Extraction {
  const keyOf = new Map<Ent, string>();
  const out = new Map<string, ExtractedEntity>();
  for (const e of ents) {
    const key = entityKey(e.type, e.name);
    keyOf.set(e, key);
    const mentions = [...e.mentions]
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ start: m.start, end: m.end, surface: text.slice(m.start, m.end), rule: m.rule }));
    const prev = out.get(key);
    if (prev) {
      prev.mentions.push(...mentions);
      prev.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    out.set(key, {
      key,
      type: e.type,
      name: e.name,
      level: e.type === "park" || e.type === "platform" ? e.level : null,
      status: e.status ?? "existing",
      mentions,
      rule: e.rule,
      confidence: Math.round(e.confidence * 100) / 100,
    });
  }
  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const r of rels) {
    const source = keyOf.get(r.source) as string;
    const target = keyOf.get(r.target) as string;
    const k = `${r.type}|${source}|${target}`;
    if (seen.has(k) || source === target) continue;
    seen.add(k);
    relations.push({
      type: r.type,
      source,
      target,
      evidence: { start: r.evStart, end: r.evEnd, surface: text.slice(r.evStart, r.evEnd) },
      rule: r.rule,
      confidence: r.confidence,
    });
  }
  return { entities: [...out.values()], relations };
}

// Passes 2 and 4a–4c: clusters by layout (专栏 boxes, cluster sections, industry boxes, park+cluster adjacency).
import type { Hit, RelScope } from "./relations.ts";
import type { Ent } from "./resolve.ts";

/** 2. 专栏 boxes and cluster-headed sections: platforms / firms / parks listed under a cluster. */
export function sectionClusters(sc: RelScope): void {
  const { add, inSpan, sections } = sc;
  const clusterOfSpan = (a: number, b: number): Ent | null => {
    const cs = inSpan(a, b, "cluster");
    return cs[0]?.ent ?? null;
  };
  for (const sec of sections) {
    if (sec.kind !== "column" && sec.kind !== "sub") continue;
    const headEnd = sec.start + sec.label.length + 2 + Math.min(sec.heading.length, 30);
    let cluster = clusterOfSpan(sec.start, headEnd);
    if (!cluster && sec.kind === "column") {
      // A box inside a cluster's section belongs to that cluster.
      const parent = sections.find((x) => x.kind === "sub" && x.start <= sec.start && x.end >= sec.end && x !== sec);
      if (parent)
        cluster = clusterOfSpan(
          parent.start,
          parent.start + parent.label.length + 2 + Math.min(parent.heading.length, 30),
        );
    }
    if (!cluster) continue;
    const body = inSpan(sec.start, sec.end);
    for (const h of body) {
      if (h.ent === cluster) continue;
      if (h.ent.type === "platform")
        add(
          "cluster_platform",
          cluster,
          h.ent,
          sec.start,
          Math.min(sec.end, sec.start + 120),
          `section:${sec.kind}`,
          0.7,
        );
      if (h.ent.type === "enterprise" && sec.kind === "column")
        add(
          "cluster_enterprise",
          cluster,
          h.ent,
          sec.start,
          Math.min(sec.end, sec.start + 120),
          "section:column",
          0.75,
        );
      if (h.ent.type === "park" && sec.kind === "sub")
        add("park_cluster", h.ent, cluster, h.m.start, h.m.end, "section:sub", 0.55);
    }
  }
}

/** 4a–4c. Industry boxes, a cluster written right after a park, one-cluster sentences with a platform. */
export function boxesAndAdjacency(sc: RelScope): void {
  const { s, sents, sections, add, hits, lowerBound, anyHit, inSpan, distinct, sentOf, clusterBlocks } = sc;
  // 4a. An industry box ("生物医药\n…\n重点园区：打造甲产业集聚区，实施乙科技园…") names the parks that carry it.
  for (const box of clusterBlocks)
    for (const h of inSpan(box.start, box.end, "park")) {
      const sent = sentOf(h.m.start);
      if (inSpan(sent.start, sent.end, "cluster").length) continue;
      if (/(园区|打造|实施|建设|依托|载体|基地)/u.test(s.slice(sent.start, sent.end)))
        add("park_cluster", h.ent, box.park, sent.start, sent.end, "box:industry-park", 0.6);
    }
  // …and the platforms its rows list (创新平台：甲中心、乙实验室) serve that industry.
  for (const box of clusterBlocks)
    for (const h of inSpan(box.start, box.end, "platform")) {
      const sent = sentOf(h.m.start);
      if (inSpan(sent.start, sent.end, "cluster").some((c) => c.ent !== box.park)) continue;
      add("cluster_platform", box.park, h.ent, sent.start, sent.end, "box:industry-platform", 0.6);
    }
  // 4b. "西安经开区汽车产业集群": a cluster written right after a park belongs to it.
  for (const h of hits) {
    if (h.ent.type !== "park") continue;
    const next = hits[lowerBound(h.m.end)];
    if (
      next &&
      next.ent.type === "cluster" &&
      next.m.start - h.m.end <= 1 &&
      /^的?$/u.test(s.slice(h.m.end, next.m.start))
    )
      add("park_cluster", h.ent, next.ent, h.m.start, next.m.end, "adjacent:park-industry", 0.7);
  }
  const columns = sections.filter((x) => x.kind === "column");
  // 4c. cluster → platform in one sentence about one cluster (…产业将依托某研究所; 创建某创新中心, …产业实现…).
  // The sentence opens with the industry (its topic: 某产业将依托…, 制定了某产业…规划…建立了某研究院), before
  // every platform; an industry named later or as a modifier (服务某经济的科技创新体系，建好…) is not what
  // the platforms serve.
  for (const sent of sents) {
    // (One cluster in the sentence: a sentence where none starts is skipped before any list is built.)
    if (!sc.idx.startsIn("cluster", sent.start, sent.end)) continue;
    const ch = inSpan(sent.start, sent.end, "cluster");
    const cs = distinct(ch);
    if (cs.length !== 1) continue;
    const txt = s.slice(sent.start, sent.end);
    if (!/(依托|创建|建设|打造|争创|服务|支撑|载体|建立|搭建|组建|成立|为平台)/u.test(txt)) continue;
    if (columns.some((x) => sent.start >= x.start && sent.end <= x.end)) continue;
    const topic = ch[0] as Hit;
    const lead = s.slice(sent.start, topic.m.start).replace(/^[\s\d一二三四五六七八九十()（）、.．是]+/u, "");
    // (…or a purpose clause before it: 为做大做强某产业，…建立甲、乙等平台.)
    const purpose =
      PURPOSE_LEAD.test(lead) && /^(?:产业集群|产业链|集群|产业)?[，,]/u.test(s.slice(topic.m.end, topic.m.end + 6));
    if (
      (lead.length > 3 && !purpose) ||
      /^(?:产业集群|产业链|集群|产业)?的/u.test(s.slice(topic.m.end, topic.m.end + 5))
    )
      continue;
    const ps = inSpan(sent.start, sent.end, "platform");
    if (ps.some((p) => p.m.start < topic.m.start)) continue;
    for (const p of distinct(ps)) add("cluster_platform", topic.ent, p, sent.start, sent.end, "sentence:platform", 0.5);
  }
}

/** A purpose an industry is named in before the sentence's platforms (为做大做强某产业，…). */
const PURPOSE_LEAD =
  /^(?:为了?|围绕|聚焦|面向)(?:做大做强|做强做优|做优做强|发展壮大|壮大|加快发展|发展|推动|促进|支持|服务)?$/u;

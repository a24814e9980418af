// The review queue: unreviewed entities, most useful first. An entity earns its place by how
// unsure the extractor was (low confidence, relative to the rest) and by how much of the graph
// hangs on it (degree) — fixing a hub or a doubtful name improves the most.
import type { DB } from "../store/open.ts";
import type { EntityType } from "../types.ts";

export interface QueueItem {
  id: number;
  key: string;
  name: string;
  type: EntityType;
  confidence: number | null;
  degree: number;
  mentionCount: number;
  score: number;
  reasons: ("low_confidence" | "hub")[];
}

interface Row {
  id: number;
  confidence: number | null;
  degree: number;
}

export function reviewQueue(
  db: DB,
  opts: { limit?: number; offset?: number } = {},
): { total: number; items: QueueItem[] } {
  // Scores need only numbers (stored degree, migration 003); names are read for the page alone,
  // since turning 25,000 rows of text into strings is most of the cost at scale.
  const rows = db
    .prepare<[], Row>("SELECT e.id, e.confidence, e.degree FROM entities e WHERE e.review = 'unreviewed'")
    .all();
  const confs = rows.map((r) => r.confidence ?? 0.5);
  let lo = 1;
  let hi = 0;
  for (const c of confs) {
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  let maxDegree = 1;
  for (const r of rows) if (r.degree > maxDegree) maxDegree = r.degree;
  // "Hub": in the top tenth by degree (and not trivially small).
  const sortedDeg = rows.map((r) => r.degree).sort((a, b) => b - a);
  const hubCut = Math.max(3, sortedDeg[Math.floor(sortedDeg.length / 10)] ?? 0);
  const scored = rows.map((r) => {
    const c = r.confidence ?? 0.5;
    const doubt = hi > lo ? (hi - c) / (hi - lo) : 0;
    const centrality = Math.log2(1 + r.degree) / Math.log2(1 + maxDegree);
    const reasons: QueueItem["reasons"] = [];
    if (hi > lo && doubt >= 0.5) reasons.push("low_confidence");
    if (r.degree >= hubCut) reasons.push("hub");
    return { ...r, score: Math.round((doubt + centrality) * 1000) / 1000, reasons };
  });
  scored.sort((a, b) => b.score - a.score || b.degree - a.degree || a.id - b.id);
  const offset = opts.offset ?? 0;
  const page = scored.slice(offset, offset + (opts.limit ?? 50));
  const named = db.prepare<[number], { key: string; name: string; type: EntityType; mentionCount: number }>(
    "SELECT key, name, type, mention_count AS mentionCount FROM entities WHERE id = ?",
  );
  const items = page.map((r): QueueItem => {
    const n = named.get(r.id) as { key: string; name: string; type: EntityType; mentionCount: number };
    return {
      id: r.id,
      key: n.key,
      name: n.name,
      type: n.type,
      confidence: r.confidence,
      degree: r.degree,
      mentionCount: n.mentionCount,
      score: r.score,
      reasons: r.reasons,
    };
  });
  return { total: scored.length, items };
}

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
  key: string;
  name: string;
  type: EntityType;
  confidence: number | null;
  degree: number;
  mentionCount: number;
}

export function reviewQueue(
  db: DB,
  opts: { limit?: number; offset?: number } = {},
): { total: number; items: QueueItem[] } {
  const rows = db
    .prepare<[], Row>(
      `SELECT e.id, e.key, e.name, e.type, e.confidence,
         (SELECT count(*) FROM relations r WHERE (r.source_id = e.id OR r.target_id = e.id)
            AND r.type <> 'co_mention' AND r.review <> 'rejected') AS degree,
         (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentionCount
       FROM entities e WHERE e.review = 'unreviewed'`,
    )
    .all();
  const confs = rows.map((r) => r.confidence ?? 0.5);
  const lo = Math.min(...confs, 1);
  const hi = Math.max(...confs, 0);
  const maxDegree = Math.max(1, ...rows.map((r) => r.degree));
  // "Hub": in the top tenth by degree (and not trivially small).
  const sortedDeg = rows.map((r) => r.degree).sort((a, b) => b - a);
  const hubCut = Math.max(3, sortedDeg[Math.floor(sortedDeg.length / 10)] ?? 0);
  const items = rows.map((r): QueueItem => {
    const c = r.confidence ?? 0.5;
    const doubt = hi > lo ? (hi - c) / (hi - lo) : 0;
    const centrality = Math.log2(1 + r.degree) / Math.log2(1 + maxDegree);
    const reasons: QueueItem["reasons"] = [];
    if (hi > lo && doubt >= 0.5) reasons.push("low_confidence");
    if (r.degree >= hubCut) reasons.push("hub");
    return { ...r, score: Math.round((doubt + centrality) * 1000) / 1000, reasons };
  });
  items.sort((a, b) => b.score - a.score || b.degree - a.degree || a.id - b.id);
  const offset = opts.offset ?? 0;
  return { total: items.length, items: items.slice(offset, offset + (opts.limit ?? 50)) };
}

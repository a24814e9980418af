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
  score: number;
  reasons?: QueueItem["reasons"];
}

export function reviewQueue(
  db: DB,
  opts: { limit?: number; offset?: number } = {},
): { total: number; items: QueueItem[] } {
  // Scored, ordered and cut to the page by SQLite over the covering index (migration 006):
  // returning 25,000 rows to JavaScript to score them was nine tenths of the cost at scale.
  // Names are read for the page alone.
  const agg = db
    .prepare<[], { n: number; lo: number | null; hi: number | null; maxDegree: number | null }>(
      `SELECT count(*) AS n, min(coalesce(confidence, 0.5)) AS lo, max(coalesce(confidence, 0.5)) AS hi,
              max(degree) AS maxDegree FROM entities WHERE review = 'unreviewed'`,
    )
    .get() ?? { n: 0, lo: null, hi: null, maxDegree: null };
  const lo = agg.lo ?? 1;
  const hi = agg.hi ?? 0;
  const maxDegree = Math.max(1, agg.maxDegree ?? 1);
  // "Hub": in the top tenth by degree (and not trivially small).
  const tenth =
    db
      .prepare<[number], number>(
        "SELECT degree FROM entities WHERE review = 'unreviewed' ORDER BY degree DESC LIMIT 1 OFFSET ?",
      )
      .pluck()
      .get(Math.floor(agg.n / 10)) ?? 0;
  const hubCut = Math.max(3, tenth);
  const offset = opts.offset ?? 0;
  const page = db
    .prepare<Record<string, number>, Row>(
      `SELECT id, confidence, degree,
              round((CASE WHEN @hi > @lo THEN (@hi - coalesce(confidence, 0.5)) / (@hi - @lo) ELSE 0 END
                     + log2(1 + degree) / log2(1 + @maxDegree)) * 1000) / 1000 AS score
       FROM entities WHERE review = 'unreviewed'
       ORDER BY score DESC, degree DESC, id LIMIT @limit OFFSET @offset`,
    )
    .all({ lo, hi, maxDegree, limit: opts.limit ?? 50, offset })
    .map((r) => {
      const reasons: QueueItem["reasons"] = [];
      if (hi > lo && (hi - (r.confidence ?? 0.5)) / (hi - lo) >= 0.5) reasons.push("low_confidence");
      if (r.degree >= hubCut) reasons.push("hub");
      return { ...r, reasons };
    });
  const named = db.prepare<[number], { key: string; name: string; type: EntityType; mentionCount: number }>(
    "SELECT key, name, type, mention_count AS mentionCount FROM entities WHERE id = ?",
  );
  const items = page.map((r): QueueItem => {
    const row = named.get(r.id) as { key: string; name: string; type: EntityType; mentionCount: number };
    return {
      id: r.id,
      key: row.key,
      name: row.name,
      type: row.type,
      confidence: r.confidence,
      degree: r.degree,
      mentionCount: row.mentionCount,
      score: r.score,
      reasons: r.reasons ?? [],
    };
  });
  return { total: agg.n, items };
}

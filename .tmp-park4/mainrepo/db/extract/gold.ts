// The annotation guide's gold format, with rule and confidence as extras.
import type { Extraction, GoldDoc } from "../types.ts";

export function toGold(fileName: string, text: string, x: Extraction): GoldDoc {
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  return {
    doc: fileName,
    entities: x.entities.map((e) => ({
      name: e.name,
      type: e.type,
      mentions: [...new Set(e.mentions.map((m) => m.surface))],
      level: e.level,
      status: e.status,
      rule: e.rule,
      confidence: e.confidence,
    })),
    relations: x.relations
      .filter((r) => byKey.has(r.source) && byKey.has(r.target))
      .map((r) => ({
        type: r.type,
        source: (byKey.get(r.source) as { name: string }).name,
        target: (byKey.get(r.target) as { name: string }).name,
        evidence: text.slice(r.evidence.start, r.evidence.end),
        rule: r.rule,
        confidence: r.confidence,
      })),
  };
}

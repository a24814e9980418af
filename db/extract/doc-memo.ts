// Memories that live for one document: extract() clears them all when it starts. No answer
// carries over from one document to the next, so memory stays bounded in a long-running app,
// and a benchmark that extracts the same text again pays what a new document costs.
const all: Map<unknown, unknown>[] = [];

/** A map cleared at the start of every document's extraction. */
export function docMemo<K, V>(): Map<K, V> {
  const m = new Map<K, V>();
  all.push(m as Map<unknown, unknown>);
  return m;
}

export function newDocument(): void {
  for (const m of all) m.clear();
}

// Results a handler keeps until the next write (the timeline's units are 1.4 MB of JSON at 10,000
// documents): the web host encodes such a result once, not on every call. Electron's IPC clones
// values and never asks.
const kept = new WeakSet<object>();
const encoded = new WeakMap<object, string>();

/** Marks a cached result that nobody changes after it is returned, so its JSON may be kept with it. */
export function keptResult<T extends object>(value: T): T {
  kept.add(value);
  return value;
}

/** The JSON of a kept result, encoded on its first call; undefined for any other value. */
export function keptJson(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || !kept.has(value)) return undefined;
  let json = encoded.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    encoded.set(value, json);
  }
  return json;
}

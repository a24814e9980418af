// Traditional-script documents: rules match on a simplified view of the text
// whose offsets are identical to the original, so names and mentions can be
// cut from the original (the document keeps its own script).
import * as OpenCC from "opencc-js";

let toCn: ((s: string) => string) | null = null;
function converter(): (s: string) => string {
  toCn ??= OpenCC.Converter({ from: "hk", to: "cn" });
  return toCn;
}

/** BMP lookup: 0 = not yet converted, else the simplified code unit. */
const table = new Uint16Array(0x10000);

/** The simplified code unit of a CJK code unit (looked up once per character, then from the table). */
function simplifiedCode(code: number): number {
  let t = table[code] as number;
  if (t === 0) {
    const c = converter()(String.fromCharCode(code));
    t = c.length === 1 ? c.charCodeAt(0) : code;
    table[code] = t;
  }
  return t;
}

/**
 * Simplified view of `text` with the same length (one UTF-16 unit per unit). Most texts and names
 * have nothing to convert: this loop only looks; the copy is made by another function, so the
 * optimised loop holds no branch it never took (such a branch deoptimised it on every traditional name).
 */
export function simplifiedView(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Only CJK ideographs can differ between the scripts.
    if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) continue;
    if (simplifiedCode(code) !== code) return simplifiedFrom(text, i);
  }
  return text;
}

/** The simplified copy of `text` whose first character to convert is at `first`. */
function simplifiedFrom(text: string, first: number): string {
  // Pieces joined once (a string grown by += is a rope that later scans read at about half speed).
  const parts: string[] = [];
  let runStart = 0;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) continue;
    const t = simplifiedCode(code);
    if (t !== code) {
      parts.push(text.slice(runStart, i), String.fromCharCode(t));
      runStart = i + 1;
    }
  }
  parts.push(text.slice(runStart));
  return parts.join("");
}

/** True when the text reads as traditional script (many characters differ). */
export function isTraditional(text: string, simplified: string): boolean {
  if (text === simplified) return false;
  let diff = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== simplified.charCodeAt(i)) diff++;
  return diff >= 3;
}

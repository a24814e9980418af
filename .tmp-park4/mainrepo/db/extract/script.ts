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

/** Simplified view of `text` with the same length (one UTF-16 unit per unit). */
export function simplifiedView(text: string): string {
  const conv = converter();
  let out = "";
  let changed = false;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Only CJK ideographs can differ between the scripts.
    if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) continue;
    const ch = text[i] as string;
    let t = table[code] as number;
    if (t === 0) {
      const c = conv(ch);
      t = c.length === 1 ? c.charCodeAt(0) : code;
      table[code] = t;
    }
    if (t !== code) {
      const c = String.fromCharCode(t);
      out += text.slice(runStart, i) + c;
      runStart = i + 1;
      changed = true;
    }
  }
  return changed ? out + text.slice(runStart) : text;
}

/** True when the text reads as traditional script (many characters differ). */
export function isTraditional(text: string, simplified: string): boolean {
  if (text === simplified) return false;
  let diff = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== simplified.charCodeAt(i)) diff++;
  return diff >= 3;
}

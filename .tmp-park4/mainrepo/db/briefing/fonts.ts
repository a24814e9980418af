// A CJK font for vector text in PDFs, found on the machine rather than shipped (a full CJK
// font is 10–20 MB; only the glyphs used are embedded). Collections (.ttc) are opened at
// their Simplified Chinese face.
import { existsSync, readFileSync } from "node:fs";

const CANDIDATES = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
  "/usr/share/fonts/truetype/arphic/uming.ttc",
  "C:\\Windows\\Fonts\\msyh.ttc",
  "C:\\Windows\\Fonts\\simhei.ttf",
  "C:\\Windows\\Fonts\\simsun.ttc",
  "/System/Library/Fonts/PingFang.ttc",
  "/System/Library/Fonts/STHeiti Medium.ttc",
  "/Library/Fonts/Arial Unicode.ttf",
];

/** Faces preferred inside a collection, Simplified Chinese first. */
export const PREFERRED_FACES = [
  "NotoSansCJKsc-Regular",
  "NotoSerifCJKsc-Regular",
  "MicrosoftYaHei",
  "PingFangSC-Regular",
  "SimSun",
  "WenQuanYiMicroHei",
];

let cached: { path: string; bytes: Uint8Array } | null | undefined;

/** The first CJK font found (PA_PDF_FONT overrides the search), or null. */
export function findCjkFont(): { path: string; bytes: Uint8Array } | null {
  if (cached !== undefined) return cached;
  const paths = [process.env.PA_PDF_FONT, ...CANDIDATES].filter((p): p is string => !!p);
  const path = paths.find((p) => existsSync(p));
  cached = path ? { path, bytes: readFileSync(path) } : null;
  return cached;
}

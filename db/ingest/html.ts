// HTML → plain text: enough of HTML for saved government web pages (no DOM
// library needed). Scripts/styles go, block elements become line breaks,
// table cells become tabs, entities are decoded, <meta charset> is honoured.

import { type Decoded, DecodeError, decodeText, tryDecode } from "./decode.ts";

export interface DecodedHtml {
  text: string;
  encoding: string;
  /** Content of <title>, if any. */
  title: string | null;
}

/** Decode HTML bytes: BOM first, then the declared charset, then detection. */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  let decoded: Decoded | { text: string; encoding: string };
  const [a, b, c] = bytes;
  const hasBom = (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  const declared = hasBom ? null : declaredCharset(bytes);
  if (declared) {
    const label = declared === "gbk" || declared === "gb2312" || declared === "x-gbk" ? "gb18030" : declared;
    const text = tryDecode(label, bytes);
    if (text === null)
      throw new DecodeError(
        `bytes are not valid ${declared} although the page declares charset=${declared}`,
        "encoding",
      );
    decoded = { text, encoding: canonicalLabel(label) };
  } else {
    decoded = decodeText(bytes);
  }
  const { text, title } = htmlToText(decoded.text);
  return { text, encoding: decoded.encoding, title };
}

function canonicalLabel(label: string): string {
  try {
    const enc = new TextDecoder(label).encoding; // e.g. "gb18030", "utf-8", "big5"
    return enc === "utf-8" ? "utf-8" : enc;
  } catch {
    throw new DecodeError(`unknown charset ${label}`, "encoding");
  }
}

/** The charset of <meta charset=…> or <meta http-equiv content="…charset=…"> in the first 4 KB. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (!m?.[1]) return null;
  const label = m[1].toLowerCase();
  try {
    new TextDecoder(label);
  } catch {
    throw new DecodeError(`unknown charset ${label} declared in <meta>`, "encoding");
  }
  return label;
}

const BLOCK =
  "address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|tfoot|thead|tr|ul";

export function htmlToText(html: string): { text: string; title: string | null } {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = titleMatch?.[1] ? decodeEntities(titleMatch[1]).replace(/\s+/g, " ").trim() || null : null;
  let s = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|head|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<!doctype[^>]*>/gi, "");
  // Keep <pre> line breaks; elsewhere source newlines are just whitespace.
  const pres: string[] = [];
  s = s.replace(/<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/gi, (_m, body: string) => {
    pres.push(body);
    return `\u0000${pres.length - 1}\u0000`;
  });
  s = s.replace(/\s+/g, " ");
  s = s.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => `\n${pres[Number(i)] ?? ""}\n`);
  // A cell is one column even when it holds paragraphs (mammoth wraps cell text in <p>).
  s = s.replace(
    /<(td|th)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi,
    (_m, _tag: string, inner: string) => `\t${inner.replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, "gi"), " ")}\t`,
  );
  s = s
    .replace(/<\/?(td|th)\b[^>]*>/gi, "\t")
    .replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, "gi"), "\n")
    .replace(/<[^>]*>/g, "");
  s = decodeEntities(s);
  // Cells: one tab between cells, none at row edges.
  s = s
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t]*\t[ \t]*/g, "\t")
        .replace(/\t+/g, "\t")
        .replace(/^\t|\t$/g, ""),
    )
    .join("\n");
  return { text: s, title };
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  bull: "•",
  copy: "©",
  reg: "®",
  times: "×",
  divide: "÷",
  yen: "¥",
  laquo: "«",
  raquo: "»",
  deg: "°",
  plusmn: "±",
  permil: "‰",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, body: string) => {
    if (body[0] === "#") {
      const cp =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

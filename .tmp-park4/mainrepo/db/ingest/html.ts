// HTML → plain text through a real parser (htmlparser2: forgiving of the broken markup saved
// government pages are full of, and every HTML entity). Scripts and styles go, block elements
// become line breaks, table cells become tabs, <meta charset> is honoured. A saved web page
// keeps only its article body (html-article.ts); converted documents (docx) keep everything.
import { parseDocument } from "htmlparser2";
import { type Decoded, DecodeError, decodeText, tryDecode } from "./decode.ts";
import { articleRoot, type HNode, isElement } from "./html-article.ts";

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
  const { text, title } = htmlToText(decoded.text, { article: true });
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

/** Elements whose content is never text of the document. */
const DROP = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "select",
  "button",
]);
const BLOCK = new Set(
  "address article aside blockquote body br caption center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead tr ul".split(
    " ",
  ),
);

export interface HtmlToTextOptions {
  /** Keep only the article body (a saved web page), leaving menus, footers and link lists out. */
  article?: boolean;
}

export function htmlToText(html: string, opts: HtmlToTextOptions = {}): { text: string; title: string | null } {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const root = doc as unknown as HNode;
  const titleNode = find(root, (n) => isElement(n) && n.name === "title");
  const title = titleNode ? textOf(titleNode).replace(/\s+/g, " ").trim() || null : null;
  const out: string[] = [];
  write(opts.article ? articleRoot(root) : root, out, false, !!opts.article);
  // Cells: one tab between cells, none at row edges.
  const text = out
    .join("")
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t]*\t[ \t]*/g, "\t")
        .replace(/\t+/g, "\t")
        .replace(/^\t|\t$/g, ""),
    )
    .join("\n");
  return { text, title };
}

/** Appends a node's text: blocks on lines of their own, cells between tabs, <pre> as written. */
function write(n: HNode, out: string[], pre: boolean, page: boolean): void {
  if (n.type === "text") {
    // Source line breaks are only whitespace outside <pre> (a no-break space is text).
    out.push(pre ? (n.data ?? "") : (n.data ?? "").replace(/[ \t\n\r\f]+/g, " "));
    return;
  }
  if (n.type === "comment" || n.type === "directive" || n.type === "script" || n.type === "style") return;
  const name = isElement(n) ? (n.name ?? "") : "";
  if (DROP.has(name)) return;
  if ((name === "td" || name === "th") && !(page && isLayoutCell(n))) {
    // A cell is one column even when it holds paragraphs (mammoth wraps cell text in <p>).
    const inner: string[] = [];
    for (const c of n.children ?? []) write(c, inner, pre, page);
    out.push(`\t${inner.join("").replace(/[ ]*\n[\n ]*/g, " ")}\t`);
    return;
  }
  const block = BLOCK.has(name) || name === "td" || name === "th";
  if (block) out.push("\n");
  for (const c of n.children ?? []) write(c, out, pre || name === "pre", page);
  if (block) out.push("\n");
}

/** A web page's layout cell (a column of the page, not of a data table): it holds blocks or a long text. */
function isLayoutCell(n: HNode): boolean {
  const holdsBlock = (m: HNode): boolean =>
    (m.children ?? []).some((c) => (isElement(c) && LAYOUT_BLOCK.has(c.name ?? "")) || holdsBlock(c));
  return holdsBlock(n) || textOf(n).replace(/\s+/g, "").length > LAYOUT_CELL_CHARS;
}
const LAYOUT_BLOCK = new Set([
  "div",
  "table",
  "ul",
  "ol",
  "dl",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
]);
const LAYOUT_CELL_CHARS = 200;

function textOf(n: HNode): string {
  if (n.type === "text") return n.data ?? "";
  return (n.children ?? []).map(textOf).join("");
}

function find(n: HNode, test: (n: HNode) => boolean): HNode | null {
  if (test(n)) return n;
  for (const c of n.children ?? []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return null;
}

// Text decoding with detection, never a silent guess: each candidate encoding
// must decode strictly AND give plausible text, otherwise the file is refused
// with a reason the user can act on.

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
}

/** Thrown by decodeText; the caller wraps it into an IngestError naming the file. */
export class DecodeError extends Error {
  /** What kind of problem (db/ingest/errors.ts IngestCode). */
  readonly code: "empty" | "encoding" | "damaged";
  constructor(message: string, code: "empty" | "encoding" | "damaged") {
    super(message);
    this.code = code;
  }
}

const NOT_TEXT = "not UTF-8, UTF-16, GB18030 or Big5 text";

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError("empty file", "empty");
  const magic = binaryMagic(bytes);
  if (magic) throw new DecodeError(`binary file (${magic}), ${NOT_TEXT}`, "damaged");

  const bom = decodeWithBom(bytes);
  const decoded = bom ?? detect(bytes);
  if (decoded.text.replace(/^\uFEFF/, "").trim() === "") throw new DecodeError("empty file (no text)", "empty");
  return decoded;
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return strict("utf-8", bytes.subarray(3), "utf-8-bom");
  if (a === 0xff && b === 0xfe) return strict("utf-16le", bytes.subarray(2), "utf-16le");
  if (a === 0xfe && b === 0xff) return strict("utf-16be", bytes.subarray(2), "utf-16be");
  return null;
}

function strict(label: string, bytes: Uint8Array, name: TextEncodingName): Decoded {
  const text = tryDecode(label, bytes);
  if (text === null)
    throw new DecodeError(`invalid ${name.replace("-bom", "")} byte sequence despite its byte-order mark`, "encoding");
  if (!plausible(text, false))
    throw new DecodeError(`${name} text is mostly control characters, ${NOT_TEXT}`, "damaged");
  return { text, encoding: name };
}

export function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function detect(bytes: Uint8Array): Decoded {
  // UTF-8 and GB18030 never contain NUL bytes; UTF-16 text does (every ASCII
  // character, newlines included, has a zero high byte).
  const utf16 = utf16ByNulls(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    if (text !== null && plausible(text, false)) return { text, encoding: utf16 };
  }
  if (bytes.includes(0)) throw new DecodeError(`binary data (NUL bytes), ${NOT_TEXT}`, "damaged");

  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) {
    if (plausible(utf8, false)) return { text: utf8, encoding: "utf-8" };
    throw new DecodeError(`binary data (control characters), ${NOT_TEXT}`, "damaged");
  }
  // Traditional-script files from Hong Kong, Macao or Taiwan come in Big5; many Big5 byte pairs
  // are also valid GB18030 (as other characters), so when both decode, the reading with more
  // everyday characters wins.
  const gb = tryDecode("gb18030", bytes);
  const gbOk = gb !== null && plausible(gb, true);
  const b5 = tryDecode("big5", bytes);
  const b5Ok = b5 !== null && plausible(b5, true);
  if (gbOk && (!b5Ok || commonShare(gb) >= commonShare(b5 as string))) return { text: gb, encoding: "gb18030" };
  if (b5Ok) return { text: b5 as string, encoding: "big5" };
  throw new DecodeError(NOT_TEXT, "encoding");
}

/** Everyday characters of Chinese prose in either script (function words, common verbs and nouns). */
const COMMON = new Set(
  "的一是在不了有和人这這中大为為上个個国國以要时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經之进進着著等部度家电電力如水化高自理起物现現实實加量都两兩体體制机機当當使点點从從业業本性好应應开開合还還因由其些然前外天政日社事平形相全表间間样樣与與关關各重新线線内數数正心明看原又利比或但质質第向道此变變条條只没沒结結解问問意建月公无無系很情者最立代已通并並提直程展果员員位入常文总總次品式活设設及管特件长長求基资資流路级級少图圖统統接知将將组組见見计計别別期根论論运運农農指区區强強放决決被做必先回则則任取据據处處南给給保治北造规規热熱领領海口东東导導器志世金增争爭济濟交受联聯共权權收证證改美再转轉更单單安场場身车車例务務具万萬每目至达達示议議报報完类類名确確才科信话話整空元今集传傳需段研界持众眾书書布复復容际際商非验驗连連深难難近千周委素技备備半办辦省列支般史感便团團往市何除消构構府称稱精值号號率维維选選标標存候效院查型按格易置派层層始专專状狀育厂廠识識适適属屬包住调調满滿县縣局照参參引该該价價严嚴".split(
    "",
  ),
);

/** Share of everyday characters among the CJK ideographs of a decoding. */
function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x3400 || cp > 0x9fff) continue;
    han++;
    if (COMMON.has(ch)) common++;
  }
  return han === 0 ? 0 : common / han;
}

/** "utf-16le"/"utf-16be" when NUL bytes sit (almost) only at odd/even offsets. */
function utf16ByNulls(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 64 * 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const total = even + odd;
  if (total === 0) return null;
  if (odd / total >= 0.9) return "utf-16le";
  if (even / total >= 0.9) return "utf-16be";
  return null;
}

/**
 * Text a person wrote: few control characters, few private-use characters;
 * for GB18030 (which decodes most byte pairs to *something*) also a good
 * share of CJK among the non-ASCII characters.
 */
function plausible(text: string, requireCjk: boolean): boolean {
  let chars = 0;
  let control = 0;
  let privateUse = 0;
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    chars++;
    if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) || cp === 0x7f || cp === 0xfffd)
      control++;
    if (cp >= 0x80) {
      nonAscii++;
      if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) privateUse++;
      if (isCjk(cp)) cjk++;
    }
  }
  if (chars === 0) return false;
  if (control / chars > 0.01) return false;
  if (privateUse / chars > 0.01) return false;
  if (requireCjk && (nonAscii === 0 || cjk / nonAscii < 0.7)) return false;
  return true;
}

function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0x3400 && cp <= 0x4dbf) || // extension A
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x2010 && cp <= 0x2027) || // quotes, dashes, ellipsis used in Chinese text
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

/** Well-known binary signatures: a renamed .pdf/.docx/.zip/image is not text. */
function binaryMagic(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith("%PDF")) return "PDF";
  if (head.startsWith("PK\u0003\u0004")) return "ZIP/Office";
  if (head.startsWith("\u00d0\u00cf\u0011\u00e0")) return "legacy Office";
  if (head.startsWith("\u0089PNG")) return "PNG";
  if (head.startsWith("\u00ff\u00d8\u00ff")) return "JPEG";
  if (head.startsWith("GIF8")) return "GIF";
  if (head.startsWith("\u007fELF")) return "executable";
  return null;
}

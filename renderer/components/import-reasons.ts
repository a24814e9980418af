// The importer explains a rejected file in English (db/ingest); the UI names the kind of problem
// in the user's language and says what to do. Unknown reasons are shown as they are.
export type ReasonKind = "unsupported" | "scanned" | "damaged" | "empty" | "encoding" | "tooLarge" | "other";

const RULES: [RegExp, ReasonKind][] = [
  [/no text layer|scanned/i, "scanned"],
  [/unsupported|supported:|not a \.docx|not a pdf|no such file/i, "unsupported"],
  [/too large|payload|exceeds/i, "tooLarge"],
  [/empty file|no text in file/i, "empty"],
  [/charset|byte sequence|encoding/i, "encoding"],
  [/binary|control characters|nul bytes|cannot read|corrupt|invalid|damaged|zip|end of central directory/i, "damaged"],
];

export function reasonKind(reason: string): ReasonKind {
  for (const [re, kind] of RULES) if (re.test(reason)) return kind;
  return "other";
}

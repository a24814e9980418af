// Escaping text for XML (GraphML, GEXF, the briefing's SVG): one rule for every writer.

// Characters XML 1.0 forbids even when escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

export function xmlEscape(value: unknown): string {
  return String(value)
    .replace(INVALID_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

// A tiny XML well-formedness checker and tree builder for export tests: enough of XML 1.0
// for what we write (elements, attributes, text, comments, PIs, the five entities, char refs).
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
const ATTR = /\s+([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const REF = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string, at: number): string {
  for (let i = s.indexOf("&"); i >= 0; i = s.indexOf("&", i + 1)) {
    REF.lastIndex = i;
    if (!REF.test(s)) throw new Error(`bad entity reference near offset ${at + i}`);
  }
  return s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|\w+);/g, (_, r: string) =>
    r.startsWith("#x")
      ? String.fromCodePoint(parseInt(r.slice(2), 16))
      : r.startsWith("#")
        ? String.fromCodePoint(Number(r.slice(1)))
        : (ENTITIES[r] ?? ""),
  );
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const expect = (cond: boolean, msg: string): void => {
    if (!cond) throw new Error(`${msg} at offset ${i}`);
  };
  if (src.startsWith("<?xml")) {
    i = src.indexOf("?>") + 2;
    expect(i > 1, "unterminated XML declaration");
  }
  while (i < src.length) {
    const lt = src.indexOf("<", i);
    const text = src.slice(i, lt < 0 ? src.length : lt);
    const top = stack[stack.length - 1];
    if (top) top.text += decode(text, i);
    else expect(text.trim() === "", "text outside the root element");
    if (lt < 0) break;
    i = lt;
    if (src.startsWith("<!--", i)) {
      const end = src.indexOf("-->", i);
      expect(end >= 0, "unterminated comment");
      i = end + 3;
    } else if (src.startsWith("<?", i)) {
      const end = src.indexOf("?>", i);
      expect(end >= 0, "unterminated processing instruction");
      i = end + 2;
    } else if (src.startsWith("</", i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      expect(m !== null, "bad closing tag");
      const name = m?.[0] ?? "";
      const open = stack.pop();
      expect(open?.name === name, `closing </${name}> does not match <${open?.name}>`);
      i = NAME.lastIndex;
      while (/\s/.test(src[i] ?? "")) i++;
      expect(src[i] === ">", "closing tag not closed");
      i++;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      expect(m !== null, "bad tag name");
      const el: XmlElement = { name: m?.[0] ?? "", attrs: {}, children: [], text: "" };
      i = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = i;
        const a = ATTR.exec(src);
        if (!a) break;
        const key = a[1] ?? "";
        expect(!(key in el.attrs), `duplicate attribute ${key}`);
        el.attrs[key] = decode(a[2] ?? a[3] ?? "", i);
        i = ATTR.lastIndex;
      }
      while (/\s/.test(src[i] ?? "")) i++;
      const selfClosing = src.startsWith("/>", i);
      expect(selfClosing || src[i] === ">", `tag <${el.name}> not closed`);
      i += selfClosing ? 2 : 1;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else {
        expect(root === null, "more than one root element");
        root = el;
      }
      if (!selfClosing) stack.push(el);
    }
  }
  expect(stack.length === 0, `unclosed <${stack[stack.length - 1]?.name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

export function descendants(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}

// The article body of a saved web page, readability-style: what a government site wraps
// around a notice (menus, breadcrumbs, link lists, share bars, footers with the ICP number)
// is pruned block by block, by what the block is called (tag, id, class), how much of its
// text is link text (link density) and the boilerplate it says. A known 正文 container
// (gov.cn's UCAP-CONTENT, TRS editors' zoom/TRS_Editor, …) and whatever holds it are never
// pruned, so a notice's own tables of links survive. The page is changed in place.

/** The parts of a parsed node (htmlparser2's DOM) this module reads. */
export interface HNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  data?: string;
}

export const isElement = (n: HNode): boolean => n.type === "tag" || n.type === "script" || n.type === "style";

/** id/class words of a 正文 container on Chinese government and news sites. */
const CONTENT =
  /^(ucap-content|zoom|trs_editor|trs_ueditor|pages_content|pages-content|article-content|article_content|articlecontent|art_con|artcon|zwnr|zw|zw_con|zwcontent|detail-content|news_content|newscontent|content|main-content|maincontent|textcontent)$/i;
/** id/class words of page chrome. */
const CHROME =
  /^(nav|navbar|nav-bar|menu|mainnav|main-nav|topnav|header|footer|foot|bottom|breadcrumb|breadcrumbs|crumb|crumbs|position|location|dqwz|sidebar|share|bdsharebuttonbox|toolbar|print|copyright|banner|login|search|topbar|friendlink|friend-link|friendlinks|links|related|xgwz)$/i;
const CHROME_TAGS = new Set(["nav", "aside", "footer"]);
/** Blocks judged by their link density (a <td> or <li> is judged as part of its table or list). */
const BLOCKS = new Set(["div", "section", "ul", "ol", "dl", "table", "p", "header", "center", "span"]);
/** Short blocks that say this are a site's footer or a page's tool bar. */
const BOILERPLATE = /ICP备|网站标识码|版权所有|公网安备|Copyright|©|字号[:：]|打印本页|关闭窗口|收藏本页|分享到/i;
const BOILERPLATE_MAX = 300;

function words(n: HNode): string[] {
  const a = n.attribs ?? {};
  return `${a.id ?? ""} ${a.class ?? ""}`.split(/\s+/).filter(Boolean);
}

const isContent = (n: HNode): boolean => isElement(n) && words(n).some((w) => CONTENT.test(w));

function holdsContent(n: HNode): boolean {
  return isContent(n) || (n.children ?? []).some(holdsContent);
}

/** Visible characters (whitespace left out) of a node's text, and of the part inside links. */
function measure(n: HNode, inLink = false): { chars: number; linkChars: number; links: number } {
  if (n.type === "text") {
    const chars = (n.data ?? "").replace(/\s+/g, "").length;
    return { chars, linkChars: inLink ? chars : 0, links: 0 };
  }
  if (n.type !== "tag" && n.type !== "root") return { chars: 0, linkChars: 0, links: 0 };
  const link = n.name === "a" && !!n.attribs?.href;
  const total = { chars: 0, linkChars: 0, links: link ? 1 : 0 };
  for (const c of n.children ?? []) {
    const m = measure(c, inLink || link);
    total.chars += m.chars;
    total.linkChars += m.linkChars;
    total.links += m.links;
  }
  return total;
}

function text(n: HNode): string {
  return n.type === "text" ? (n.data ?? "") : (n.children ?? []).map(text).join("");
}

/** Whether a block outside any 正文 container is chrome rather than article. */
function isChrome(n: HNode, insideArticle: boolean): boolean {
  const name = n.name ?? "";
  if (CHROME_TAGS.has(name)) return true;
  if (name === "header" && !insideArticle) return true;
  if (words(n).some((w) => CHROME.test(w))) return true;
  if (!BLOCKS.has(name)) return false;
  const m = measure(n);
  // A list of links: menus, "related articles", friend-site lists, 上一篇/下一篇.
  if (m.links >= 3 && m.linkChars >= 0.5 * m.chars) return true;
  if (m.links >= 1 && m.chars > 0 && m.linkChars === m.chars && m.chars < 40 && !insideArticle) return true;
  return m.chars < BOILERPLATE_MAX && BOILERPLATE.test(text(n));
}

function prune(n: HNode, insideArticle: boolean): void {
  if (!n.children) return;
  n.children = n.children.filter((c) => {
    if (c.type !== "tag") return true;
    if (isContent(c)) return true; // the body itself: kept whole
    if (!holdsContent(c) && isChrome(c, insideArticle)) return false;
    prune(c, insideArticle || c.name === "article" || c.name === "main");
    return true;
  });
}

/** The page with its chrome pruned (the node given, changed in place). */
export function articleRoot(root: HNode): HNode {
  prune(root, false);
  return root;
}

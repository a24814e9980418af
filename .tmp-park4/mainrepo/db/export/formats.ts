// Serialisers for the exported graph. Pure functions over plain rows: easy to test alone.
import { hexToRgb, nodeSize, TYPE_STYLE } from "../../common/palette.ts";
import type { DocumentSummary, GraphEdge, GraphNode } from "../graph/types.ts";
import { xmlEscape } from "../xml.ts";

export { xmlEscape };

export interface ExportNode extends GraphNode {
  aliases: string[];
  /** A saved view's layout position (screen coordinates, y down); absent for filtered exports. */
  position?: { x: number; y: number };
}

const hasPositions = (data: ExportData): boolean => data.nodes.some((n) => n.position);

export interface ExportData {
  nodes: ExportNode[];
  edges: GraphEdge[];
  documents: DocumentSummary[];
}

export interface ExportFile {
  name: string;
  content: string;
}

// --- CSV (RFC 4180; BOM so Excel reads UTF-8 Chinese) -----------------------------------

const BOM = "\uFEFF";

export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function toCsv(data: ExportData): ExportFile[] {
  const names = new Map(data.nodes.map((n) => [n.id, n.name]));
  // x/y columns only for a view's export, so filtered exports keep their shape.
  const xy = hasPositions(data);
  return [
    {
      name: "nodes.csv",
      content: csv(
        [
          ...["id", "key", "name", "type", "level", "status", "review", "degree", "mentions", "confidence", "aliases"],
          ...(xy ? ["x", "y"] : []),
        ],
        data.nodes.map((n) => [
          n.id,
          n.key,
          n.name,
          n.type,
          n.level,
          n.status,
          n.review,
          n.degree,
          n.mentionCount,
          n.confidence,
          n.aliases.join("|"),
          ...(xy ? [n.position?.x, n.position?.y] : []),
        ]),
      ),
    },
    {
      name: "edges.csv",
      content: csv(
        ["id", "source", "target", "source_name", "target_name", "type", "weight", "review", "confidence"],
        data.edges.map((e) => [
          e.id,
          e.source,
          e.target,
          names.get(e.source),
          names.get(e.target),
          e.type,
          e.weight,
          e.review,
          e.confidence,
        ]),
      ),
    },
  ];
}

// --- XML ---------------------------------------------------------------------------------

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';

const NODE_ATTRS: { id: string; type: "string" | "int" | "double"; value: (n: ExportNode) => unknown }[] = [
  { id: "key", type: "string", value: (n) => n.key },
  { id: "type", type: "string", value: (n) => n.type },
  { id: "level", type: "string", value: (n) => n.level },
  { id: "status", type: "string", value: (n) => n.status },
  { id: "review", type: "string", value: (n) => n.review },
  { id: "degree", type: "int", value: (n) => n.degree },
  { id: "mentions", type: "int", value: (n) => n.mentionCount },
  { id: "aliases", type: "string", value: (n) => (n.aliases.length ? n.aliases.join("|") : null) },
];
const EDGE_ATTRS: { id: string; type: "string" | "int" | "double"; value: (e: GraphEdge) => unknown }[] = [
  { id: "type", type: "string", value: (e) => e.type },
  { id: "weight", type: "double", value: (e) => e.weight },
  { id: "review", type: "string", value: (e) => e.review },
];

export function toGraphml(data: ExportData): ExportFile {
  const xy = hasPositions(data);
  const out = [
    XML_HEADER,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRS.map((a) => `  <key id="n_${a.id}" for="node" attr.name="${a.id}" attr.type="${a.type}"/>`),
    ...EDGE_ATTRS.map((a) => `  <key id="e_${a.id}" for="edge" attr.name="${a.id}" attr.type="${a.type}"/>`),
    // Plain x/y node attributes: Cytoscape Desktop can lay nodes out from these columns.
    ...(xy
      ? [
          '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
          '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
        ]
      : []),
    '  <graph id="policy-atlas" edgedefault="directed">',
  ];
  for (const n of data.nodes) {
    out.push(`    <node id="n${n.id}">`, `      <data key="label">${xmlEscape(n.name)}</data>`);
    for (const a of NODE_ATTRS) {
      const v = a.value(n);
      if (v !== null && v !== undefined) out.push(`      <data key="n_${a.id}">${xmlEscape(v)}</data>`);
    }
    if (n.position)
      out.push(`      <data key="x">${n.position.x}</data>`, `      <data key="y">${n.position.y}</data>`);
    out.push("    </node>");
  }
  for (const e of data.edges) {
    out.push(`    <edge id="e${e.id}" source="n${e.source}" target="n${e.target}">`);
    for (const a of EDGE_ATTRS) out.push(`      <data key="e_${a.id}">${xmlEscape(a.value(e))}</data>`);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return { name: "graph.graphml", content: out.join("\n") };
}

const GEXF_TYPE = { string: "string", int: "integer", double: "double" } as const;

export function toGexf(data: ExportData, date: string): ExportFile {
  // GEXF gives edges a native weight; the relation type is a declared attribute (and the label).
  const edgeAttrs = EDGE_ATTRS.filter((a) => a.id !== "weight");
  const out = [
    XML_HEADER,
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlEscape(date)}">`,
    "    <creator>Policy Atlas</creator>",
    "    <description>政策图谱 knowledge graph</description>",
    "  </meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...NODE_ATTRS.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${GEXF_TYPE[a.type]}"/>`),
    "    </attributes>",
    '    <attributes class="edge">',
    ...edgeAttrs.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${GEXF_TYPE[a.type]}"/>`),
    "    </attributes>",
    "    <nodes>",
  ];
  for (const n of data.nodes) {
    out.push(`      <node id="${n.id}" label="${xmlEscape(n.name)}">`, "        <attvalues>");
    for (const a of NODE_ATTRS) {
      const v = a.value(n);
      if (v !== null && v !== undefined) out.push(`          <attvalue for="${a.id}" value="${xmlEscape(v)}"/>`);
    }
    out.push("        </attvalues>");
    if (n.position) {
      // Gephi's y axis points up, the window's down: negate y so the picture is not mirrored.
      const { r, g, b } = hexToRgb(TYPE_STYLE[n.type].color);
      out.push(
        `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
        `        <viz:position x="${n.position.x}" y="${-n.position.y}" z="0"/>`,
        `        <viz:size value="${nodeSize(n.degree) / 2}"/>`,
      );
    }
    out.push("      </node>");
  }
  out.push("    </nodes>", "    <edges>");
  for (const e of data.edges) {
    out.push(
      `      <edge id="${e.id}" source="${e.source}" target="${e.target}" label="${xmlEscape(e.type)}" weight="${e.weight}">`,
      "        <attvalues>",
      ...edgeAttrs.map((a) => `          <attvalue for="${a.id}" value="${xmlEscape(a.value(e))}"/>`),
      "        </attvalues>",
      "      </edge>",
    );
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return { name: "graph.gexf", content: out.join("\n") };
}

// Exporting the (filtered) graph for Gephi, Cytoscape, Excel or other programs.
import { listDocuments, subgraph } from "../graph/index.ts";
import type { GraphFilter } from "../graph/types.ts";
import type { DB } from "../store/open.ts";
import { type ExportData, type ExportFile, toCsv, toGexf, toGraphml } from "./formats.ts";

export const EXPORT_FORMATS = ["json", "csv", "graphml", "gexf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

function collect(db: DB, filter: GraphFilter): ExportData {
  const g = subgraph(db, filter);
  const aliases = new Map<number, string[]>();
  for (const r of db
    .prepare<[], { entity_id: number; alias: string }>("SELECT entity_id, alias FROM aliases ORDER BY id")
    .all()) {
    const list = aliases.get(r.entity_id);
    if (list) list.push(r.alias);
    else aliases.set(r.entity_id, [r.alias]);
  }
  return {
    nodes: g.nodes.map((n) => ({ ...n, aliases: aliases.get(n.id) ?? [] })),
    edges: g.edges,
    documents: listDocuments(db),
  };
}

/** Same filter as subgraph(); csv gives nodes.csv and edges.csv, the other formats one file. */
export function exportGraph(db: DB, format: ExportFormat, filter: GraphFilter = {}): ExportFile[] {
  const data = collect(db, filter);
  switch (format) {
    case "json":
      return [{ name: "graph.json", content: `${JSON.stringify(data, null, 2)}\n` }];
    case "csv":
      return toCsv(data);
    case "graphml":
      return [toGraphml(data)];
    case "gexf":
      return [toGexf(data, new Date().toISOString().slice(0, 10))];
    default:
      throw new Error(`unknown export format "${String(format)}" (use ${EXPORT_FORMATS.join(", ")})`);
  }
}

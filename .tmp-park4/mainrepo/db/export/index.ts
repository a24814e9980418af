// Exporting the (filtered) graph for Gephi, Cytoscape, Excel or other programs.
import { listDocuments, subgraph } from "../graph/index.ts";
import { edgePredicate, loadEdges, loadNodes } from "../graph/rows.ts";
import type { GraphEdge, GraphFilter, GraphNode } from "../graph/types.ts";
import type { DB } from "../store/open.ts";
import { viewGraph } from "../views/graph.ts";
import { type ExportData, type ExportFile, type ExportNode, toCsv, toGexf, toGraphml } from "./formats.ts";

export const EXPORT_FORMATS = ["json", "csv", "graphml", "gexf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What to export besides a filter: a saved view (its exact entities and relations, with
 * positions) or explicit row ids (relations default to the non-rejected ones among them).
 */
export type ExportScope = { viewId: number } | { entityIds: number[]; relationIds?: number[] };

export function isExportScope(x: GraphFilter | ExportScope): x is ExportScope {
  return "viewId" in x || "entityIds" in x;
}

function scoped(
  db: DB,
  scope: ExportScope,
): { nodes: (GraphNode & Pick<ExportNode, "position">)[]; edges: GraphEdge[] } {
  if ("viewId" in scope) {
    const g = viewGraph(db, scope.viewId);
    return { nodes: g.nodes.map(({ position, ...n }) => (position ? { ...n, position } : n)), edges: g.edges };
  }
  const nodes = loadNodes(db, [...new Set(scope.entityIds)]);
  const ids = new Set(nodes.map((n) => n.id));
  const wanted = scope.relationIds ? new Set(scope.relationIds) : null;
  const pass = edgePredicate({});
  const edges = loadEdges(db).filter(
    (e) => ids.has(e.source) && ids.has(e.target) && (wanted ? wanted.has(e.id) : pass(e)),
  );
  return { nodes, edges };
}

function collect(db: DB, source: GraphFilter | ExportScope): ExportData {
  const g = isExportScope(source) ? scoped(db, source) : subgraph(db, source);
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

/**
 * Same filter as subgraph(), or a scope (a saved view with its positions, or explicit ids);
 * csv gives nodes.csv and edges.csv, the other formats one file.
 */
export function exportGraph(db: DB, format: ExportFormat, source: GraphFilter | ExportScope = {}): ExportFile[] {
  const data = collect(db, source);
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

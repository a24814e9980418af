// The layers, checked by `npm run lint:layers` (part of `npm test`); docs/architecture.md draws them.
// Type-only imports are erased before anything runs, so the renderer may take types from db/ and
// electron/ (the API's shapes) but never code.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "renderer-no-db-values",
      comment: "renderer/ may import only TYPES from db/ (import type ...); shared values live in common/",
      severity: "error",
      from: { path: "^renderer/" },
      to: { path: "^db/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "renderer-no-electron-values",
      comment: "renderer/ may import only TYPES from electron/ (the API's shapes); it talks to it through window.kg or HTTP",
      severity: "error",
      from: { path: "^renderer/" },
      to: { path: "^electron/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "renderer-no-node",
      comment: "renderer/ runs in a sandboxed page: no Node built-ins",
      severity: "error",
      from: { path: "^renderer/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "db-no-shell",
      comment: "db/ knows no windows: it imports nothing from electron/ or renderer/",
      severity: "error",
      from: { path: "^db/" },
      to: { path: "^(electron|renderer)/" },
    },
    {
      name: "electron-no-renderer",
      comment: "electron/ serves the renderer's files but imports none of its code",
      severity: "error",
      from: { path: "^electron/" },
      to: { path: "^renderer/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "common-is-pure",
      comment: "common/ is plain data and pure functions: nothing from db/, electron/, renderer/, no Node built-ins, no packages",
      severity: "error",
      from: { path: "^common/" },
      to: { path: "^(db|electron|renderer)/|node_modules", pathNot: "^common/" },
    },
    {
      name: "common-no-node",
      comment: "common/ runs on both sides: no Node built-ins",
      severity: "error",
      from: { path: "^common/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "renderer-no-circles",
      comment: "no import circles inside renderer/ (type-only imports included)",
      severity: "error",
      from: { path: "^renderer/" },
      to: { circular: true },
    },
    {
      name: "db-no-folder-circles",
      comment: "no import circle between folders of db/ (db/pipeline sits above store and curate)",
      severity: "error",
      scope: "folder",
      from: { path: "^db/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
  },
};

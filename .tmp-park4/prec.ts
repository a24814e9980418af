import { PRECEDENCE, RULES } from "../db/extract/registry.ts";
for (const id of PRECEDENCE) { const r = RULES.find((x) => x.id === id); if (r?.stage === "candidates") console.log(id, r.confidence); }

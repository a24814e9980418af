// npx tsx scripts/score-probes.ts [--verbose] [FILE ...]: each genre probe file's scores (see probes.ts).
import { PROBES, probeFiles, readProbes, scoreProbes } from "./probes.ts";
import { loadScorer, printScore } from "./score-print.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const named = args.filter((a) => a !== "--verbose");
const score = await loadScorer();
for (const f of named.length ? named : probeFiles()) {
  const probes = readProbes(f, PROBES);
  const r = scoreProbes(score, probes, verbose);
  if (verbose) for (const m of r.misses ?? []) console.log(m.replace(/\u0000/g, " "));
  printScore(`${f} (${probes.length} probes)`, r);
}

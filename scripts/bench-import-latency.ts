// How long the host's event loop stalls while an import runs: the reader thread (default) vs
// reading and extracting on the host's own thread. A 10 ms timer measures each tick's delay
// during the import of all seeds plus one long upload; rounds of the two sides interleave;
// prints the median and spread of each round's worst stall. `tsx scripts/bench-import-latency.ts [rounds]`
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { KnowledgeBase } from "../electron/knowledge-base.ts";

const rounds = Number(process.argv[2] ?? 3);
const SEEDS = join(import.meta.dirname, "..", "seeds");
const uploads = readdirSync(SEEDS)
  .sort()
  .map((f) => ({ name: f, bytes: readFileSync(join(SEEDS, f)) }));

async function worstStall(offThread: boolean): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "kg-latency-"));
  const kb = new KnowledgeBase(join(dir, "kb.db"), { offThread, keepBackups: 0 });
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  await kb.importUploads(uploads);
  clearInterval(timer);
  worst = Math.max(worst, performance.now() - last - 10); // a stall the timer never got to see
  await kb.close();
  rmSync(dir, { recursive: true, force: true });
  return worst;
}

const results: Record<"thread" | "inline", number[]> = { thread: [], inline: [] };
await worstStall(true); // warm-up: worker start-up and module loading are not what is measured
for (let r = 0; r < rounds; r++) {
  results.thread.push(await worstStall(true));
  results.inline.push(await worstStall(false));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
for (const [side, xs] of Object.entries(results)) {
  process.stdout.write(
    `${side.padEnd(7)} worst event-loop stall per import of the seeds: median ${median(xs).toFixed(0)} ms ` +
      `(min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, ${xs.length} rounds)\n`,
  );
}

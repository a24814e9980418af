// `npm run web [-- --port N] [--db FILE] [--static DIR]`: the renderer in a browser over the
// loopback host. Prints the URL on stdout; progress and errors go to stderr.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultDbFile } from "./paths.ts";
import { startWebHost } from "./web-host.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface WebArgs {
  port: number;
  db: string;
  staticDir: string;
}

export function parseWebArgs(argv: string[]): WebArgs | string {
  const args: WebArgs = { port: 0, db: defaultDbFile(), staticDir: join(root, "dist", "renderer") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => argv[++i];
    if (a === "--port") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) return "--port needs a number from 0 to 65535";
      args.port = n;
    } else if (a === "--db") {
      const v = value();
      if (!v) return "--db needs a file name";
      args.db = resolve(v);
    } else if (a === "--static") {
      const v = value();
      if (!v) return "--static needs a folder";
      args.staticDir = resolve(v);
    } else if (a === "--help" || a === "-h") {
      return "usage: npm run web [-- --port N] [--db FILE] [--static DIR]";
    } else {
      return `unknown option: ${a}\nusage: npm run web [-- --port N] [--db FILE] [--static DIR]`;
    }
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseWebArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  if (!existsSync(join(args.staticDir, "index.html"))) {
    console.error(`${args.staticDir}/index.html is missing: build the renderer first (npx vite build).`);
    return 1;
  }
  mkdirSync(dirname(args.db), { recursive: true });
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const host = await startWebHost({
    dbFile: args.db,
    port: args.port,
    staticDir: args.staticDir,
    seedsDir: join(root, "seeds"),
    version,
  });
  host.onEvent((e) => {
    if (e.type === "progress" && e.phase === "seeding" && e.file) {
      process.stderr.write(`building the knowledge base from seeds/: ${e.done}/${e.total} ${e.file}\n`);
    } else if (e.type === "import-finished" && e.summary.rejected.length) {
      for (const r of e.summary.rejected) console.error(`not imported: ${r.file}: ${r.reason}`);
    }
  });
  void host.ready.then(() => console.error("knowledge base ready"));
  // The one place the token appears: open this address once; the browser then keeps a session cookie.
  console.log(host.openUrl);
  console.error(
    `Policy Atlas web host on ${host.url} (knowledge base ${args.db}); open the address above. Ctrl+C stops it.`,
  );
  const stop = () => {
    host.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return -1; // keep running
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    const e = err as NodeJS.ErrnoException;
    if (e?.code === "EADDRINUSE") console.error(`That port is in use; pick another with --port N.`);
    else console.error(`Cannot start the web host: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);

// `kg`: the Policy Atlas command line (npm run --silent kg -- <command> ...).
// Exit codes: 0 ok, 1 a file or database problem, 2 bad usage.
import { commandUsage, parseArgs, UsageError, wantsHelp } from "./args.ts";

const USAGE = `Usage: kg <command> [options]

Commands:
  extract --json FILE...                    print what the extractor finds (gold format)
  explain FILE NAME|"SOURCE->TARGET"|--all [--type T] [--relation R] [--json]
                                            why: sentence, span, section and rule of each hit
  explain --stats DIR_OR_FILE... [--gold DIR] [--json]
                                            per rule: fires, documents, precision against gold
  explain --rules [--json]                  the rule registry in precedence order
  ingest PATH... --db FILE [--json]         import files or folders (recursively)
  stats --db FILE [--json]                  counts of documents, entities, relations
  search TEXT --db FILE [--limit N] [--json]
  export --db FILE --format json|csv|graphml|gexf --out PATH
         [--types cluster,park,...] [--relations park_cluster,...] [--min-degree N] [--hide-isolated]
                                            csv writes nodes.csv and edges.csv into the folder PATH
  backup --db FILE --out PATH               copy the knowledge base (SQLite online backup)
  restore --db FILE --from PATH|--latest    replace it with a backup (the old file is kept beside it)
  check --db FILE                           full integrity check; lists automatic backups
  diff --db FILE A B [--json] [--csv FILE] [--co-mention]
                                            compare two documents (file name, 000, 文号) or ranges (2021..2023)
  dates --db FILE [--json]                  documents and gazette parts by issue date; undated ones listed
  help, COMMAND --help                      this text, or one command's

Exit status: 0 success, 1 rejected files or database problems, 2 bad usage.
`;

const FLAGS: Record<string, Record<string, boolean>> = {
  ingest: { db: true, json: false },
  stats: { db: true, json: false },
  search: { db: true, limit: true, json: false },
  backup: { db: true, out: true },
  restore: { db: true, from: true, latest: false },
  check: { db: true },
  export: {
    db: true,
    format: true,
    out: true,
    types: true,
    relations: true,
    "min-degree": true,
    "hide-isolated": false,
  },
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    (command === undefined ? process.stderr : process.stdout).write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (wantsHelp(rest)) {
    process.stdout.write(commandUsage(USAGE, command));
    return 0;
  }
  if (command === "extract") {
    // Loaded on demand so the other commands work without the extractor's CLI.
    const { runExtract } = (await import("./extract.ts")) as { runExtract: (args: string[]) => Promise<number> };
    return runExtract(rest);
  }
  if (command === "explain") {
    const { runExplain } = await import("./explain.ts");
    return runExplain(rest);
  }
  if (command === "diff" || command === "dates") {
    try {
      const time = await import("./diff.ts");
      return command === "diff" ? time.runDiff(rest) : time.runDates(rest);
    } catch (err) {
      const usage = err instanceof UsageError;
      process.stderr.write(
        `kg ${command}: ${err instanceof Error ? err.message : String(err)}${usage ? "\n(see: kg help)" : ""}\n`,
      );
      return usage ? 2 : 1;
    }
  }
  const spec = FLAGS[command];
  if (!spec) {
    process.stderr.write(`kg: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    const parsed = parseArgs(rest, spec);
    if (command === "backup" || command === "restore" || command === "check") {
      const b = await import("./backup.ts");
      return command === "backup"
        ? await b.backupCommand(parsed)
        : command === "restore"
          ? b.restoreCommand(parsed)
          : b.checkCommand(parsed);
    }
    const commands = await import("./commands.ts");
    switch (command) {
      case "ingest":
        return await commands.ingestCommand(parsed);
      case "stats":
        return commands.statsCommand(parsed);
      case "search":
        return commands.searchCommand(parsed);
      default:
        return commands.exportCommand(parsed);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`kg ${command}: ${err.message}\n(see: kg help)\n`);
      return 2;
    }
    process.stderr.write(`kg ${command}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));

// Command-line flags through Node's own util.parseArgs (strict: unknown flags, missing values
// and values on switches are errors, never silently ignored), with messages in kg's words.
import { parseArgs as nodeParseArgs } from "node:util";

export class UsageError extends Error {
  override name = "UsageError";
}

export interface Parsed {
  positional: string[];
  flags: Record<string, string | true>;
}

/** `spec` maps each allowed flag to whether it takes a value. */
export function parseArgs(argv: string[], spec: Record<string, boolean>): Parsed {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, takesValue]) => [name, { type: takesValue ? "string" : "boolean" } as const]),
  );
  let parsed: ReturnType<typeof nodeParseArgs>;
  try {
    parsed = nodeParseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw usageOf(err);
  }
  const flags: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === "") throw new UsageError(`option --${name} needs a value`);
    if (typeof value === "string" || value === true) flags[name] = value;
  }
  return { positional: parsed.positionals, flags };
}

/** util.parseArgs's error, said the way kg says it (the code tells which). */
function usageOf(err: unknown): Error {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  const name = /'(-{1,2}[^'\s<]+)/.exec(message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`unknown option ${name}`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(
        /does not take an argument/.test(message) ? `option ${name} takes no value` : `option ${name} needs a value`,
      );
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(message);
    default:
      return err instanceof Error ? err : new Error(message);
  }
}

export function stringFlag(p: Parsed, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === "string" ? v : undefined;
}

/** Whether the words ask for help (`--help` or `-h` anywhere before a `--`). */
export function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

/** The lines of a usage text about one command (its line and the indented lines under it). */
export function commandUsage(usage: string, command: string): string {
  const lines = usage.split("\n");
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (line.startsWith(`  ${command} `) || line === `  ${command}`) inside = true;
    else if (!/^ {4,}/.test(line)) inside = false;
    if (inside) out.push(line);
  }
  return out.length ? `Usage:\n${out.join("\n")}\n` : usage;
}

// A small, strict argument parser: unknown flags are errors, not silently ignored.

export class UsageError extends Error {
  override name = "UsageError";
}

export interface Parsed {
  positional: string[];
  flags: Record<string, string | true>;
}

/** `spec` maps each allowed flag to whether it takes a value. */
export function parseArgs(argv: string[], spec: Record<string, boolean>): Parsed {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!(name in spec)) throw new UsageError(`unknown option --${name}`);
    if (spec[name]) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
        throw new UsageError(`option --${name} needs a value`);
      }
      flags[name] = value;
    } else {
      if (eq >= 0) throw new UsageError(`option --${name} takes no value`);
      flags[name] = true;
    }
  }
  return { positional, flags };
}

export function stringFlag(p: Parsed, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === "string" ? v : undefined;
}

import { describe, expect, it } from "vitest";
import { commandUsage, parseArgs, UsageError, wantsHelp } from "../../../../db/cli/args.ts";

describe("parseArgs", () => {
  const spec = { db: true, json: false };

  it("separates positionals from flags, with value as next word or after =", () => {
    expect(parseArgs(["a", "--db", "x.sqlite", "b", "--json"], spec)).toEqual({
      positional: ["a", "b"],
      flags: { db: "x.sqlite", json: true },
    });
    expect(parseArgs(["--db=y.sqlite", "--", "--json"], spec)).toEqual({
      positional: ["--json"],
      flags: { db: "y.sqlite" },
    });
    expect(parseArgs(["碳纤维", "-"], spec).positional).toEqual(["碳纤维", "-"]);
  });

  it("rejects unknown flags, missing values and values on switches", () => {
    expect(() => parseArgs(["--dbx", "1"], spec)).toThrow(UsageError);
    expect(() => parseArgs(["--dbx", "1"], spec)).toThrow("unknown option --dbx");
    expect(() => parseArgs(["-x"], spec)).toThrow("unknown option -x");
    expect(() => parseArgs(["--db"], spec)).toThrow("option --db needs a value");
    expect(() => parseArgs(["--db", "--json"], spec)).toThrow(/needs a value/);
    expect(() => parseArgs(["--db="], spec)).toThrow(/needs a value/);
    expect(() => parseArgs(["--json=1"], spec)).toThrow("option --json takes no value");
  });
});

describe("help", () => {
  const USAGE =
    "Usage: kg <command>\n\n  ingest PATH... --db FILE\n  search TEXT --db FILE\n         [--limit N]\n  help\n";

  it("is asked for by --help or -h, not after --", () => {
    expect(wantsHelp(["--db", "x", "--help"])).toBe(true);
    expect(wantsHelp(["-h"])).toBe(true);
    expect(wantsHelp(["--", "--help"])).toBe(false);
  });

  it("shows one command's lines, with their continuation", () => {
    expect(commandUsage(USAGE, "search")).toBe("Usage:\n  search TEXT --db FILE\n         [--limit N]\n");
    expect(commandUsage(USAGE, "nothing")).toBe(USAGE);
  });
});

import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "../../db/cli/args.ts";

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
  });

  it("rejects unknown flags, missing values and values on switches", () => {
    expect(() => parseArgs(["--dbx", "1"], spec)).toThrow(UsageError);
    expect(() => parseArgs(["--db"], spec)).toThrow(/needs a value/);
    expect(() => parseArgs(["--db", "--json"], spec)).toThrow(/needs a value/);
    expect(() => parseArgs(["--json=1"], spec)).toThrow(/takes no value/);
  });
});

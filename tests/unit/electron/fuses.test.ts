// The packaged app's Electron fuses, read from the electron-builder config that `npm run dist` uses.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const yml = readFileSync(resolve(import.meta.dirname, "../../../electron-builder.yml"), "utf8");

/** The top-level `key: value` and the indented block under `electronFuses:` (all this test needs of YAML). */
const config = {
  asar: /^asar:\s*(\w+)/m.exec(yml)?.[1] === "true",
  electronFuses: Object.fromEntries(
    [
      ...(/^electronFuses:\n((?:[ ]{2}\w+:\s*\w+\s*(?:#.*)?\n)+)/m.exec(yml)?.[1] ?? "").matchAll(
        /^\s+(\w+):\s*(\w+)/gm,
      ),
    ].map((m) => [m[1], m[2] === "true"]),
  ),
};

describe("electron-builder fuses", () => {
  it("turn off every way to run the app as plain Node and lock it to its checked asar", () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });
});

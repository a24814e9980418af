// Small per-user settings (language, last knowledge base) in the user-data folder.
// A missing or damaged file means defaults: settings are never worth refusing to start over.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isLocale, type Locale } from "./locale.ts";

export interface Settings {
  locale?: Locale;
  /** The knowledge base opened last (when not the default one). */
  dbFile?: string;
}

export function loadSettings(dir: string): Settings {
  try {
    const raw = JSON.parse(readFileSync(join(dir, "settings.json"), "utf8")) as Record<string, unknown>;
    const out: Settings = {};
    if (isLocale(raw.locale)) out.locale = raw.locale;
    if (typeof raw.dbFile === "string" && raw.dbFile) out.dbFile = raw.dbFile;
    return out;
  } catch {
    return {};
  }
}

export function saveSettings(dir: string, settings: Settings): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "settings.json"), `${JSON.stringify(settings, null, 2)}\n`);
}

// The two UI languages. zh-CN is the default; anything English-like in the system locale picks en
// only when the user has not chosen explicitly (see settings.ts).
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

export function isLocale(x: unknown): x is Locale {
  return typeof x === "string" && (LOCALES as readonly string[]).includes(x);
}

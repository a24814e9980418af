import { useStore } from "../store.ts";
import { en } from "./en.ts";
import type { Lang } from "./lang.ts";
import { type MessageKey, type Messages, zhCN } from "./zh-CN.ts";

export type { Lang, MessageKey };

const tables: Record<Lang, Messages> = { "zh-CN": zhCN, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = tables[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** React hook: the translate function for the current language (re-renders on switch). */
export function useT(): Translate {
  const lang = useStore((s) => s.lang);
  return (key, vars) => translate(lang, key, vars);
}

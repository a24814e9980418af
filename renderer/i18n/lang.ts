/** The UI languages (kept apart from index.ts, which needs the store, so the store can name them). */
export type Lang = "zh-CN" | "en";

// English strings of renderer/time, spread into en.ts (keys typed by time.zh-CN.ts).
import type { timeZhCN } from "./time.zh-CN.ts";

export const timeEn: Record<keyof typeof timeZhCN, string> = {
  "cur.action.setDocumentDate": "Dated a document",
};

// Strings of the timeline, comparison and entity history (renderer/time), spread into zh-CN.ts.
export const timeZhCN = {
  "cur.action.setDocumentDate": "设定发文日期",
} as const;

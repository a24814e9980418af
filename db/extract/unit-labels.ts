// The labels a task text puts before its units (牵头单位：…, 责任部门：…, 配合单位：…), shared by
// every reader of them so that a label one reader knows the others know too.

/** Words of a responsible label or column: 牵头单位, 责任部门, 主责单位, 承办单位, 实施单位, 负责单位, 落实单位. */
export const LEAD_WORDS = "牵头|责任|主要责任|主责|承办|实施|负责|落实";
/** Words of an assisting label or column: 配合单位, 协同配合单位, 协办单位, 参与部门, 协助单位. */
export const ASSIST_WORDS = "协同配合|配合|协办|参与|协同|协助";
/** What a unit list calls its units: 单位, 部门, and inside one body its offices (科室, 处室). */
export const UNIT_WORDS = "单位|部门|科室|处室";
/** A responsible column's header (牵头单位, 主要责任部门, 牵头服务部门, 责任主体, 市直牵头单位…). */
export const RESP_HEADER = `(?:主要|具体)?(?:${LEAD_WORDS})(?:服务|推进)?(?:市直|市级|区直)?(?:${UNIT_WORDS}|主体)`;
/** A unit label and its colon: a responsible word before 单位/部门/主体, an assisting one before 单位/部门. */
export const UNIT_LABEL = `(?:(?:${LEAD_WORDS})(?:${UNIT_WORDS}|主体)|(?:${ASSIST_WORDS})(?:${UNIT_WORDS}))\\s*[:：]`;

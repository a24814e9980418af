import { makeContext } from "../db/extract/context.ts";
import { departmentCandidates } from "../db/extract/departments.ts";
const ctx = makeContext(process.argv[2] as string, []);
console.log(ctx.city, ctx.province, departmentCandidates(ctx).map((d) => `${d.name} ${d.rule}`));

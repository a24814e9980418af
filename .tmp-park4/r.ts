import { rel, names, run } from "../tests/unit/db/extract/helpers.ts";
const g = run("青禾高新区光电特色产业基地入选国家名单\n\n青禾高新区光电特色产业基地被列入其中。近年来，青禾高新区成功引育一批企业。\n\n新能源汽车产业是重点。园区引进了云岫光电有限公司、禾澜电子有限公司等企业。");
console.log(names(g, "park"), rel(g, "park_enterprise"));

// Head words that make a phrase an industry (…制造, …装备, …物流): the last word
// of a sector's name. Used to tell an enumeration of industries from one of
// activities, products or domains (cluster-heads.ts, clusters.ts).

/** Head words (the end of a phrase) that name a sector of production or services. */
const HEADS = (
  "制造 智造 装备 设备 器械 机械 仪器 仪表 零部件 元器件 汽车 汽摩 汽配 船舶 海工 航空 航天 机器人 " +
  "材料 新材料 型材 建材 化工 石化 冶金 钢铁 有色 金属 铝业 纺织 服装 家纺 印染 鞋服 包装 印刷 家居 家电 " +
  "医药 制药 生物 医疗 健康 康养 食品 饮料 加工 种业 养殖 " +
  "能源 新能源 储能 光伏 风电 氢能 核电 电池 环保 节能 " +
  "信息 电子 通信 软件 芯片 半导体 集成电路 显示 光电 大数据 云计算 人工智能 算力 " +
  "物流 商贸 电商 金融 会展 旅游 文旅 文创 创意 动漫 影视 传媒 服务 经济"
)
  .split(/\s+/)
  .sort((a, b) => b.length - a.length);
const HEAD_RE = new RegExp(`(${HEADS.join("|")})$`, "u");

/** Phrases with an industry head that still name an activity or a function (商务服务 is fine; 公共服务 is not). */
const NOT_SECTOR =
  /(公共服务|配套服务|生活服务|政务服务|便民服务|优质服务|服务业发展|体制|机制)$|^(实体|区域|县域|民营|国民|市场|外向|开放|宏观|集体|个体|私营|工业|城市|园区|地方)经济$|(循环|绿色|低碳|生态|节约)经济$/u;

/** The industry head word that ends `name`, if any. */
export function industryHead(name: string): string | undefined {
  if (NOT_SECTOR.test(name)) return undefined;
  return HEAD_RE.exec(name)?.[1];
}

/** Modifiers that open a sector's name (高端仪器, 新一代通信技术, 精细染料). */
const MODIFIERS =
  "高端 先进 新型 智能 绿色 现代 精细 新一代 数字 高性能 精密 特种 新 高新 化学 生物 电子 汽车 农产品 农副产品 轻工 专用 海洋 航空 民用 工业 商用 节能 清洁 可再生 再生 循环 深加工 加工 及 和 与".split(
    " ",
  );
const PARTS = [...new Set([...HEADS, ...MODIFIERS, "技术", "产品"])].sort((a, b) => b.length - a.length);

/** One digit and one capital opening a name (5G, 3D, 8K): a technology's name, not a count, a year or a capacity (5MW). */
export const TECH_CODE = /^[1-9][A-Z](?![A-Za-z])/u;

/** The whole phrase is made of sector words (电子通信, 船舶制造, 高端仪器, 船舶及零部件): an industry, never a firm's name. */
export function industryPhrase(name: string): boolean {
  if (!industryHead(name)) return false;
  let rest = name;
  while (rest) {
    const p = PARTS.find((w) => rest.endsWith(w));
    if (!p) return false;
    rest = rest.slice(0, -p.length);
  }
  return true;
}

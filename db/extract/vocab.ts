// Generic vocabularies the rules are built from: suffixes, cue verbs, stop
// words, place-type words, province and city names. No entity names.

/** Provinces, autonomous regions and municipalities (short forms). */
export const PROVINCES = [
  "北京",
  "天津",
  "上海",
  "重庆",
  "河北",
  "山西",
  "辽宁",
  "吉林",
  "黑龙江",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "海南",
  "四川",
  "贵州",
  "云南",
  "陕西",
  "甘肃",
  "青海",
  "台湾",
  "内蒙古",
  "广西",
  "西藏",
  "宁夏",
  "新疆",
  "香港",
  "澳门",
];

/** Prefecture-level and other large cities (short forms), used to spot place prefixes. */
export const CITIES = (
  "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 " +
  "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 " +
  "长春 吉林 四平 辽源 通化 白山 松原 白城 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 " +
  "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 " +
  "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 " +
  "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 " +
  "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 " +
  "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 " +
  "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 " +
  "贵阳 六盘水 遵义 安顺 毕节 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 拉萨 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 " +
  "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密 " +
  // Tibet's cities and the autonomous prefectures and leagues (written with 州/盟), without the
  // ones whose names are also common words (大理, 山南, 阿里, 兴安).
  "日喀则 昌都 林芝 那曲 延边 恩施 湘西 阿坝 甘孜 凉山 黔东南 黔南 黔西南 楚雄 红河 文山 西双版纳 德宏 怒江 迪庆 " +
  "临夏 甘南 海北 黄南 果洛 玉树 海西 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 锡林郭勒 阿拉善 大兴安岭"
).split(" ");

/**
 * Counties named by one character (绛县, 沛县, 歙县): the level word makes the name, so the
 * two-to-three-character place patterns miss them. Left out: characters that open common
 * words before 县 (和县, 新县, 南县, 城区…), which read as "and the county", "new county".
 */
export const ONE_CHAR_COUNTIES: ReadonlySet<string> = new Set(
  "赵涉磁邱魏威唐易蠡雄蔚沧献景盂沁祁绛隰蒲岚沛寿歙黟萧泗泾莒费莘冠曹杞嵩郏滑浚淇睢息攸澧藤珙渠茂眉陇勉岷徽".split(""),
);

/** Provinces and cities as one set, for tests of a single word. */
export const PLACE_SET: ReadonlySet<string> = new Set([...PROVINCES, ...CITIES]);
/** Countries and regions firms come from (美国甲、乙，日本丙), as one alternation. */
export const COUNTRY_NAMES =
  "美国|日本|韩国|德国|法国|英国|意大利|瑞士|瑞典|荷兰|新加坡|加拿大|澳大利亚|芬兰|丹麦|挪威|比利时|奥地利|西班牙|以色列|俄罗斯|泰国|马来西亚|印度尼西亚|印度|台湾|香港|澳门|越南|巴西|墨西哥|沙特|阿联酋|新西兰|爱尔兰|葡萄牙|波兰|捷克|匈牙利|土耳其|南非|菲律宾|柬埔寨|老挝|缅甸|哈萨克斯坦|巴基斯坦";
/** The same as a set: a country alone is where firms are from, not a firm. */
export const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRY_NAMES.split("|"));

/** Words that end a name when scanning leftwards from a suffix (verbs, prepositions, adverbs). */
export const STOP_WORDS = (
  "已有 共有 还有 另有 均有 尚有 仍有 建设 建成 打造 推进 推动 加快 加速 加强 加大 依托 位于 地处 入驻 落户 引进 引入 吸引 支持 争创 创建 申建 开建 谋划 规划 布局 培育 发展 " +
  "提升 实施 形成 完善 围绕 聚焦 集聚 聚集 汇聚 汇集 云集 坐拥 集结 成为 作为 拥有 包括 优化 壮大 做大 做强 深化 高标准 积极 重点 大力 着力 全力 力争 " +
  "设立 成立 获批 批准 认定 命名 评为 入选 位列 跻身 签约 投资 建立 组建 设在 落实 依靠 借助 通过 利用 参与 参加 举办 承办 " +
  "支撑 贯彻 贯彻落实 夯实 瞄准 情况 问题 负责人 紧扣 紧盯 紧抓 紧跟 抓住 抓牢 盯住 守住 把握 随着 随著 界定 属于 迈向 走向 受援 锚定 对标 厚植 抢抓 发力 突出 彰显 凸显 标志着 不断 延链 补链 强链 锻造 破解 贯通 根据 关于 契合 统筹 引领 抢占 催生 放大 持续 能够 助推 助力 确保 协调 解决 挖掘 适应 注重 用于 整合 建有 建好 用好 担任 明确 阐明 厚积 培植 带强 搭建 衍生 确立 深耕 激发 做优 做精 做实 补齐 拉长 育强 扶持 招引 主攻 攻坚 打通 畅通 深挖 盘活 梳理 构筑 筑牢 拓宽 维护 需要 连续 多年 先后 相继 分别 申创 印发 打好 坚定 保持 著名 扎根 定址 坐落于 落户于 选址 选址于 更名为 更名 名为 称为 词条 服务 对接 融入 立足 突破 保障 完成 聚力 做好 赋能 构建 新一轮 以上 世界级 国际级 全球 涌现 涌现出 锁定 探讨 深入探讨 含 个 其他 如 地区 实现 坚持 强化  发挥 组织 鼓励 引导 指导 促进 带动 扩大 巩固 开拓 拓展 提高 增强 攻克 开展 研究 制定 出台 " +
  "负责 牵头 会同 配合 共建 合作 协同 承担 申报 获得 荣获 被 由 向 从 对 把 将 在 于 是 为 以 的 了 着 等 其中 " +
  "全市 全省 全区 全国 我市 本市 我省 本省 该区 区内 园区内 目前 现有 已 已经 正在 将要 还 也 并 而 " +
  "一批 一个 一家 一座 各类 各 有关 相关 主要 重要 知名 领先 一流 最大 新增 新建 扩建 " +
  "以及 还有 包含 涉及 涵盖 具有 具备 坐落 设有 设置 落地 投产 达产 开工 动工 完工 启动 启用 挂牌 揭牌 授牌 加入 " +
  "国内 中西部 沿海 周边 本地 当地 至 延伸至 " +
  // Officials' actions and places of action (赴某开发区调研, 深入某公司, 要求某园区): never part of a name.
  "透过 赴 到 前往 来到 走进 深入 走访 调研 考察 视察 察看 参观 莅临 亲临 親臨 要求 指出 强调 督导 督查 检查 带队 率队 陪同 一行 " +
  "看望 慰问 会见 会谈 座谈 召开 出席 主持 听取 前来 借力 借势 赋予 直通 重视 高度重视 享受 特别 擦亮 喊响 叫响 打响 唱响 首个 首家 凝聚 树立 大抓 抓好 调整 打造成 建设成 发展成 培育成 " +
  "并入 纳入 列入 迁入 转入 划入 简称 又称 俗称 统称 并称 合称 号称 堪称 亦称 也称 " +
  // Building and moving in (辟建工业园区, 兴建某园, 贫困户入住园区), recollection and deployment before a zone word.
  "辟建 兴建 筹建 入住 迁至 搬迁 部署 统一部署 回忆 回忆起 回顾 接受 委托 不得不提 提到 提及 说起 " +
  "下辖 下设 内设 携手 牵手 签订 签署 达成 上市 踏入 踏进 走入 步入 凭借 荣膺 拜访 邀请 率领 带领 推荐 表彰 发起 承建 承接 参展 举行 加盟 进驻 入围 荣登 当选 实地 了解 询问 公布 发布 公示 揭晓 通报 进行 参评 " +
  // Winning a title, arriving, approving, investing in, linking up (摘取国家级绿色工业园区, 到达某开发区, 同意某工业园区).
  "摘取 摘得 斩获 夺得 获评 到达 抵达 同意 投入 串联 " +
  // Planning, promoting and pressing on (筹划某经济技术开发区, 晋升国家农业科技园区, 强抓园区建设).
  "筹划 晋升 强抓 抓实 " +
  // A firm's trade written before its name (研发生产厂商某某电池公司): the role, not the name.
  "厂商 制造商 供应商 生产商 服务商 运营商 开发商 承建商 经销商 提供商 集成商 投资商 贸易商 " +
  // Time words (今年桂林市园区建设…): when, never part of a name.
  "今年 去年 明年 前年 当年 同年 今后 此前 近年 近年来 当前 "
)
  .trim()
  .split(/\s+/);

/** Leading words trimmed off a name (they describe, not name). */
export const LEADING_TRIM = [
  "国家级",
  "省级",
  "市级",
  "自治区级",
  "区级",
  "县级",
  "以上",
  "南部",
  "北部",
  "东部",
  "西部",
  "中部",
  "与",
  "和",
  "及",
  "如",
  "像",
  "在",
  "将",
  "由",
  "对",
  "向",
  "从",
  "其",
  "高端",
  "一流",
  "重点",
  "大型",
  "现代化",
  "高水平",
  "高质量",
  "高技术",
  "高附加值",
  "特色",
  // A scale before a park's own name (百亿级某某产业园) describes it.
  "百亿级",
  "千亿级",
  "万亿级",
  "百亿元级",
  "千亿元级",
];

/**
 * Verbs and adverbs that open a clause but are not in STOP_WORDS because they
 * also occur inside names (联合创新中心, 升级示范区): trimmed only at a name's
 * very start, and only when a valid name remains.
 */
export const LEADING_VERBS = (
  "继续抓好 抓好 抓住 抓紧 继续 突出 简化 全面开放 全面 联合 升级 进一步 降低 改造 制约 " +
  "发挥出 发挥 更多 加快推进 加快建设 推广 复制 参评 提质 优化升级 对标 学习 借鉴 引导 鼓励 支持 协助 依据"
)
  .split(/\s+/)
  .sort((a, b) => b.length - a.length);

/** Cue verbs that mark a name as planned (aimed at, not yet there). */
export const PLANNED_CUES = [
  "争创",
  "积极争创",
  "创建",
  "申建",
  "开建",
  "谋划",
  "规划布局",
  "规划建设",
  "签约落户",
  "布局",
  "超前布局",
  "建设",
  "打造",
  "筹建",
  "力争",
  "加快建设",
  "推进建设",
  "正在建设",
  "加紧建设",
  "建设之中",
];

/** Cue verbs that mark a name as existing. */
export const EXISTING_CUES = ["建成", "揭牌", "获批", "引进", "入选", "认定", "已形成", "形成了", "拥有", "现有"];

/** Words that make an industry phrase generic (not a named cluster). */
export const GENERIC_INDUSTRY = new Set(
  (
    "传统 新兴 接续替代 接续 替代 主导 优势 特色 支柱 先导性 未来 相关 配套 重点 战略性新兴 新兴支柱 新兴潜力 高新技术 优势主导 工业 " +
    "制造 服务 现代 优势特色 标志性 上下游 全 该 本 地方 区域 县域 农业 第一 第二 第三 第二产业 第三产业 实体 " +
    "世界级 国际级 全国性 战新 五大 六大 七大 八大 三大 四大 两大 千亿级 百亿级 万亿级 千亿元 百亿元 先进制造业 制造业 服务业 生产性 " +
    "前沿 关联 下游 上游 中游 各 多 新 高 大 产业 行业 主导产业 新兴产业 数字经济核心 绿色 低碳 核心 基础 龙头 " +
    "三次 更多 制约 富民 幸福 高科技 完整 优质 陆海 融合 百名 十强 单一 空间 规模 创新型 新型 战略性 细分 现代化 高技术 全产业链 公共技术服务 公共服务 跨国 其他 其它 这些 有关 一批 新质 全市 全省 我市 本市 整个 高端 特色优势 朝阳 夕阳 风口 根基 抓手 依托 支撑 引领 主要 重要 示范 试点 " +
    // Quantities and scopes (众多产业, 诸多产业, 集群内产业): how many or where, not which.
    "众多 诸多 许多 多种 各种 各个 集群内 园区内 区内 域内 新型前沿 乡村 " +
    // Words of any sector (经济产业, 产品产业链, 平台产业, 主体产业, 先导产业, 资源型工业): what kind, not which.
    "经济 产品 平台 主体 先导 资源型 " +
    // Honours (获评优秀产业集群, 先进集群): a rating, not which industry.
    "优秀 标杆 明星 十佳 百强"
  ).split(/\s+/),
);

/** Department suffixes, longest first. */
export const DEPT_SUFFIX = [
  "人民政府办公厅",
  "人民政府办公室",
  "政府办公厅",
  "政府办公室",
  "人民政府",
  "领导小组办公室",
  "领导小组",
  "工作专班",
  "指挥部",
  "管理委员会",
  "管委会",
  "管委",
  "委员会",
  "办公厅",
  "办公室",
  "政府",
  "海关",
  "分行",
  "支行",
  "监管局",
  "管理局",
  "局",
  "委",
  "厅",
  "办",
  "部",
  "署",
  "院",
];

/** A chain-building slogan (延链补链, 强链补链, 建群): what a plan does to a chain, never a name. */
export const CHAIN_SLOGAN = /^(?:[延补强固建拓优稳育引][链群])+$/u;

/**
 * Fairs, meetings and forums (alternation source): a name before one is the event's subject, not an
 * industry or a park. One list for the cluster suffix reader, the title filter, the park bounds and
 * the cluster name test.
 */
export const EVENT_WORDS =
  "博览交易会|博览会|交易会|展览会|展销会|洽谈会|交流会|推介会|对接会|座谈会|招商会|发布会|推进会|促进会|研究会|大会|峰会|论坛|年会";

// Entity rules: candidates (a recogniser proposes a span with a type) and
// typing (a list or its neighbours re-type a candidate). Examples use invented
// names; registry.test.ts runs each through the real extractor.
// Over 400 lines: registry data (one entry and its examples per rule), not logic.
import { typedSuffix } from "../names.ts";
import type { Rule } from "../registry.ts";

const han = (w: string) => /^[\p{Script=Han}]+$/u.test(w);

export const ENTITY_RULES: readonly Rule[] = [
  {
    id: "suffix:*",
    stage: "candidates",
    produces: ["park", "platform", "enterprise"],
    confidence: 0.85,
    alsoConfidence: [{ value: 0.7, when: "an enterprise ending in the bare suffix 公司" }],
    description:
      "a name ending in a park, platform or enterprise suffix (…经济开发区, …重点实验室, …有限公司); 开区 only after a city and one character of the zone's kind (某市汽开区)",
    accepts: (w) => typedSuffix(w)?.suffix === w,
    examples: [
      {
        // A zone's official short form (某市汽开区): a city and one character of the zone's kind before 开区.
        text: "宜宾汽开区承接海洋装备产业，信息公开区域另行公布。",
        entities: [{ type: "park", name: "宜宾汽开区" }],
      },
      {
        // An industry's town (…工业城) and a parts market (…配件城) named by a place or an owner; 工业城市 is a city.
        text: "青禾纺织工业城和云岫汽车配件城建成投用，青岚是老工业城市。",
        entities: [
          { type: "park", name: "青禾纺织工业城" },
          { type: "park", name: "云岫汽车配件城" },
        ],
      },
      {
        // A pilot zone headed by a place named by its landform (某某滩, 某某湾), which the tagger does not know.
        text: "加快青松滩生态移民示范区建设，星澜湾金融创新试验区获批。",
        entities: [
          { type: "park", name: "青松滩生态移民示范区" },
          { type: "park", name: "星澜湾金融创新试验区" },
        ],
      },
      {
        // A bare zone word and its named area (高新区某某片区) name the text's own zone's area.
        text: "青禾县依托自贸试验区澄州片区发展外贸，高新区云岫片区已入驻企业30家。",
        entities: [
          { type: "park", name: "自贸试验区澄州片区" },
          { type: "park", name: "高新区云岫片区" },
        ],
      },
      {
        // A park two places build together keeps its cooperation word (产业合作园区, 合作…产业园).
        // A place with its level before 产业合作园区 names that place's cooperation parks as a kind.
        text: "推进青云产业合作园区、粤桂合作青禾产业园建设，完善阿坝州产业合作园区布局。",
        entities: [
          { type: "park", name: "青云产业合作园区" },
          { type: "park", name: "粤桂合作青禾产业园" },
        ],
        absent: [{ type: "park", name: "阿坝州产业合作园区" }],
      },
      {
        // A zone's park-in-park named 产业港 or 智造谷, like 创新港 and 药谷.
        text: "青禾经开区下辖青禾智造谷、云岫智能制造产业港两个园中园。",
        entities: [
          { type: "park", name: "青禾智造谷" },
          { type: "park", name: "云岫智能制造产业港" },
        ],
      },
      {
        // 引导企业/推动项目向某园区集中: the generic mover and its 向 are no part of the park's name.
        text: "引导企业向宁乡化工园区集中，推动项目向泗洪经开区集聚。",
        entities: [
          { type: "park", name: "宁乡化工园区" },
          { type: "park", name: "泗洪经开区" },
        ],
      },
      {
        // Creative-industry parks (…文化创意园, …文创园); a project's 选址 before the park is no part of its name.
        text: "项目选址宁乡县青禾文化创意园，云岫文创园同步开展招商。",
        entities: [
          { type: "park", name: "宁乡县青禾文化创意园" },
          { type: "park", name: "云岫文创园" },
        ],
      },
      {
        // Sichuan's official zone type 工业集中发展区, here joined from two places by a dash.
        text: "同意设立成都—阿坝工业集中发展区，重点发展储能电池产业。",
        entities: [{ type: "park", name: "成都—阿坝工业集中发展区" }],
      },
      {
        // A receiving verb (获评) ends the park's name; the rating after it is a title, nor is 优秀 an industry.
        text: "云岫化工园区获评国家绿色化工园区，海洋装备产业集群获评省级优秀产业集群。",
        entities: [{ type: "park", name: "云岫化工园区" }],
        absent: [
          { type: "park", name: "云岫化工园区获评国家绿色化工园区" },
          { type: "cluster", name: "优秀" },
        ],
      },
      {
        // A firm before the level owns the centre (not a grade of centres, filter:category), also when its firm word reads as a verb (…重工).
        text: "禾丰重工省级企业技术中心通过复核评价。",
        entities: [{ type: "platform", name: "禾丰重工省级企业技术中心" }],
      },
      {
        // A commercial bank's branch is the firm the text names; the central bank's branch is a department.
        text: "中国银行云岫分行为园区企业授信8亿元，人民银行青岚市分行牵头推进。",
        entities: [{ type: "enterprise", name: "中国银行云岫分行" }],
        absent: [
          { type: "enterprise", name: "中国银行" },
          { type: "enterprise", name: "人民银行青岚市分行" },
        ],
      },
      {
        // 选址 (sited in) before a park says where a project goes, like 落户: no part of the name.
        text: "储能电池项目由青禾集团投资建设，选址云岫化工产业园。",
        entities: [{ type: "park", name: "云岫化工产业园" }],
        absent: [{ type: "park", name: "选址云岫化工产业园" }],
      },
      {
        // A zone is named by its place: 与 before it joins a partner, and …入园 after it is entering the park.
        text: "青岚储能与云岫经济技术开发区签订入园协议，青禾高新区签署入园协议。",
        entities: [
          { type: "park", name: "云岫经济技术开发区" },
          { type: "park", name: "青禾高新区" },
        ],
        absent: [{ type: "park", name: "入园" }],
      },
      {
        // A one-character preposition before a place (除…外, 自…以来) opens no name.
        text: "除株洲储能电池产业园外，自衡阳智能传感新区设立以来已有20家企业入驻。",
        entities: [
          { type: "park", name: "株洲储能电池产业园" },
          { type: "park", name: "衡阳智能传感新区" },
        ],
      },
      {
        // A place's economic region named by the place alone is a regional strategy, not a zone.
        text: "加快融入淮海经济区和沈阳经济区，建设青禾空港经济区。",
        entities: [{ type: "park", name: "青禾空港经济区" }],
        absent: [
          { type: "park", name: "淮海经济区" },
          { type: "park", name: "沈阳经济区" },
        ],
      },
      {
        // Two partners joined by a dash, and an official type in brackets, belong to the park's name.
        text: "推进广西中国—东盟储能电池产业园和青禾保税物流中心（B型）建设。",
        entities: [
          { type: "park", name: "广西中国—东盟储能电池产业园" },
          { type: "park", name: "青禾保税物流中心（B型）" },
        ],
      },
      {
        // …but a clause verb right after the place (在某省建设…, 推动某省打造…) says where: the name follows it.
        text: "将在山东建设青禾有限公司，推动湖北打造云岫集团。",
        entities: [
          { type: "enterprise", name: "青禾有限公司" },
          { type: "enterprise", name: "云岫集团" },
        ],
        absent: [
          { type: "enterprise", name: "山东建设青禾有限公司" },
          { type: "enterprise", name: "湖北打造云岫集团" },
        ],
      },
      {
        // 像 (like) introduces an example; it opens no name.
        text: "随之而来的像青禾电子设备有限公司等企业纷纷落户。",
        entities: [{ type: "enterprise", name: "青禾电子设备有限公司" }],
        absent: [{ type: "enterprise", name: "像青禾电子设备有限公司" }],
      },
      {
        // A local level after an owner (某某集团市级企业技术中心) is the owner's platform; after a place, a grade.
        text: "青岚海洋装备市级工程技术研究中心获批，文登区级重点实验室新增5家。",
        entities: [{ type: "platform", name: "青岚海洋装备市级工程技术研究中心" }],
        absent: [{ type: "platform", name: "文登区级重点实验室" }],
      },
      {
        // A fund's business words before a company suffix (…产业投资基金管理有限公司) belong to the firm's name;
        // with nothing but 产业 before them they name a kind of firm.
        text: "青岚产业投资基金管理有限公司设立子基金，另设立产业投资基金有限公司。",
        entities: [{ type: "enterprise", name: "青岚产业投资基金管理有限公司" }],
        absent: [
          { type: "enterprise", name: "基金管理有限公司" },
          { type: "enterprise", name: "产业投资基金有限公司" },
        ],
      },
      {
        // A Japanese or Korean firm's registered form (株式会社) is a company suffix; its brand is the same firm.
        text: "韩国星澜电子株式会社投资建设储能电池项目，星澜电子一期已投产。",
        entities: [{ type: "enterprise", name: "韩国星澜电子株式会社" }],
        absent: [{ type: "enterprise", name: "星澜电子" }],
      },
      {
        // 甲集团控股的乙: 控股 after a firm and before 的 is the verb (holds shares in), not a firm's suffix.
        text: "由青禾集团控股的星澜公司落户园区。",
        entities: [
          { type: "enterprise", name: "青禾集团" },
          { type: "enterprise", name: "星澜公司" },
        ],
        absent: [{ type: "enterprise", name: "青禾集团控股" }],
      },
      {
        // A registered firm opens with its province: words that are verbs elsewhere (同, 希望, 建设) stay inside.
        text: "项目由山西同禾有色金属有限公司投资建设，并与江苏希望云岫电梯有限公司、安徽电力建设第二青松工程公司合作。",
        entities: [
          { type: "enterprise", name: "山西同禾有色金属有限公司" },
          { type: "enterprise", name: "江苏希望云岫电梯有限公司" },
          { type: "enterprise", name: "安徽电力建设第二青松工程公司" },
        ],
      },
      {
        // A programme's slogan (一企一技术, 一区多园) opens no park or platform name; 一带一路 is a proper name.
        text: "对认定为一企一技术研发中心的企业给予奖励，推进一区多园园区建设。一带一路（青岚）海洋装备合作区挂牌。",
        entities: [{ type: "park", name: "一带一路（青岚）海洋装备合作区" }],
        absent: [
          { type: "platform", name: "一企一技术研发中心" },
          { type: "park", name: "一区多园" },
        ],
      },
      {
        // A fair or a meeting named before a park (某某博览会某某开发区展区) is the event, not the park's name.
        text: "在第五届中国国际进口博览会青岚经济技术开发区展区签约，参加贸易洽谈会青禾产业园推介活动。",
        entities: [
          { type: "park", name: "青岚经济技术开发区" },
          { type: "park", name: "青禾产业园" },
        ],
        absent: [{ type: "park", name: "第五届中国国际进口博览会青岚经济技术开发区" }],
      },
      {
        // A quality, an owner or a clause's verb before the bare zone word (先进园区, 省属开发区, 折射出园区) names no zone.
        text: "青岚开发区对标先进园区，是省属开发区，这折射出园区发展理念，全县各个产业都有园区承载。",
        entities: [{ type: "park", name: "青岚开发区" }],
        absent: [
          { type: "park", name: "先进园区" },
          { type: "park", name: "省属开发区" },
          { type: "park", name: "折射出园区" },
          { type: "park", name: "产业都有园区" },
        ],
      },
      {
        // …also after a city's name (某市市属开发区 written 某市属开发区): the city's zones in general.
        text: "株洲市属开发区共有6家，海洋装备产业加快集聚。",
        absent: [{ type: "park", name: "株洲市属开发区" }],
      },
      {
        // A new town described only by its site or aims (东部滨海新城, 产城融合新城) names no town; a place does.
        text: "规划建设东部滨海新城，推动青岚滨海新城和云岫科技城加快发展。",
        entities: [
          { type: "park", name: "青岚滨海新城" },
          { type: "park", name: "云岫科技城" },
        ],
        absent: [{ type: "park", name: "东部滨海新城" }],
      },
      {
        // A park quoted whole after a building verb is the park being built, not a slogan.
        text: "在青禾片区规划建设“海洋装备智造产业园”，在禾丰片区规划建设“储能电池配套物流产业园”。",
        entities: [
          { type: "park", name: "海洋装备智造产业园" },
          { type: "park", name: "储能电池配套物流产业园" },
        ],
      },
      {
        // A park for a kind of firm (中小企业, 科技企业) is named by what stands before that kind; a city's
        // incubators of the kind are a category.
        text: "项目落户青岚市中小企业工业园区。禾丰科技企业加速器已投用。泉州市科技企业孵化器总数达20家。",
        entities: [
          { type: "park", name: "青岚市中小企业工业园区" },
          { type: "park", name: "禾丰科技企业加速器" },
        ],
        absent: [{ type: "park", name: "泉州市科技企业孵化器" }],
      },
      {
        // 发展 right before 研究院/研究中心 is the institute's field (发展研究院), not a verb ending the name.
        text: "成立青岚创新发展研究院，建设星澜智能传感创新发展研究中心。",
        entities: [
          { type: "platform", name: "青岚创新发展研究院" },
          { type: "platform", name: "星澜智能传感创新发展研究中心" },
        ],
      },
      {
        // A verb the next character makes a noun (服务器, 生产线) is no stop inside a platform's name.
        text: "引进云岫重庆服务器研发中心。",
        entities: [{ type: "platform", name: "云岫重庆服务器研发中心" }],
      },
      {
        // Centres named by what they do for an industry (质检, 概念验证, 创新服务, 科创).
        text: "青禾建成储能电池概念验证中心、海洋装备质检中心和云岫新材料科创中心。",
        entities: [
          { type: "platform", name: "储能电池概念验证中心" },
          { type: "platform", name: "海洋装备质检中心" },
          { type: "platform", name: "云岫新材料科创中心" },
        ],
      },
      {
        // A city the tagger's dictionary reads as a verb (保定 "guarantee") is a place: the name keeps it.
        text: "保定国家海洋装备产业园目前已形成储能电池产业集群。",
        entities: [{ type: "park", name: "保定国家海洋装备产业园" }],
        absent: [{ type: "park", name: "国家海洋装备产业园" }],
      },
      {
        // Quality words alone name no park (综合性现代化开发区, 特色专业园区).
        text: "青岚开发区是以外向型经济为主的综合性现代化开发区。我市三地获批省级特色专业园区。",
        entities: [{ type: "park", name: "青岚开发区" }],
        absent: [
          { type: "park", name: "综合性现代化开发区" },
          { type: "park", name: "特色专业园区" },
        ],
      },
      {
        // A bare zone word before a sub-park (试验区某某工业园) is the zone the text is about, not the name's.
        text: "青岚循环经济试验区加快发展。近年来，试验区禾岫工业园依托资源优势发展。",
        entities: [{ type: "park", name: "禾岫工业园" }],
        absent: [{ type: "park", name: "试验区禾岫工业园" }],
      },
      {
        // 原 (former) before a renamed zone and a conjunction after a place are no part of a park's name;
        // a conjunction inside an industry is (甲及乙产业园).
        text: "青岚新区分本部和澄湖新区两部分。转为原青岚经开区。建设海洋装备及储能电池产业园。",
        entities: [
          { type: "park", name: "澄湖新区" },
          { type: "park", name: "青岚经开区" },
          { type: "park", name: "海洋装备及储能电池产业园" },
        ],
        absent: [
          { type: "park", name: "分本部和澄湖新区" },
          { type: "park", name: "原青岚经开区" },
        ],
      },
      {
        // A zone's name right before a firm that opens with its province: two names (a firm registered
        // with its zone's name keeps it: 青岚经济技术开发区创统科技发展有限公司).
        text: "近日，澄湖(双凤)经开区安徽青岚交通科技有限公司等2家被评价为优秀。青岚经济技术开发区创统科技发展有限公司扩产。",
        entities: [
          { type: "park", name: "澄湖(双凤)经开区" },
          { type: "enterprise", name: "安徽青岚交通科技有限公司" },
          { type: "enterprise", name: "青岚经济技术开发区创统科技发展有限公司" },
        ],
      },
      {
        // A situation (情况) ends a name before a conjunction; an abbreviation given in brackets
        // ((以下简称…)) ends the name before it.
        text: "实地了解特色农副产品销售情况和禾岫生态产业园建设。7月29日，青岚经济技术开发区(以下简称青岚经开区)与云澜经济开发区签订合作协议。",
        entities: [
          { type: "park", name: "禾岫生态产业园" },
          { type: "park", name: "云澜经济开发区" },
        ],
        absent: [
          { type: "park", name: "特色农副产品销售情况和禾岫生态产业园" },
          { type: "park", name: "青岚经济技术开发区(以下简称青岚经开区)与云澜经济开发区" },
        ],
      },
      {
        // 由 ("by") opens no name, not even after a list mark.
        text: "其中，由青岚乳业集团投资建设的乳业项目、由禾丰集团与云澜集团联合开发的海藻深加工项目已投产。",
        entities: [{ type: "enterprise", name: "禾丰集团" }],
        absent: [{ type: "enterprise", name: "由禾丰集团" }],
      },
      {
        // A kind of platform totalled (已认定的…服务平台共计53家) is a category, not one platform.
        text: "已认定的海藻加工公共服务平台共计53家。",
        absent: [{ type: "platform", name: "海藻加工公共服务平台" }],
      },
      {
        // A city's district before a registered name that opens with its own province is an address.
        text: "近日，遵义市云澜区贵州禾岫新材料有限公司二期投产。",
        entities: [{ type: "enterprise", name: "贵州禾岫新材料有限公司" }],
        absent: [{ type: "enterprise", name: "遵义市云澜区贵州禾岫新材料有限公司" }],
      },
      {
        // A firm named in full before the site of the park it builds is a firm of its own; a firm's
        // name before a park with no place (禾丰集团新兴产业园) stays inside that name.
        text: "会议听取了云澜重工集团有限公司吉林白城禾丰铸锻产业园项目进展。禾丰集团新兴产业园开工。",
        entities: [
          { type: "enterprise", name: "云澜重工集团有限公司" },
          { type: "park", name: "吉林白城禾丰铸锻产业园" },
          { type: "park", name: "禾丰集团新兴产业园" },
        ],
        absent: [{ type: "park", name: "云澜重工集团有限公司吉林白城禾丰铸锻产业园" }],
      },
      {
        // A kind opened by a scope or role word names no park (国家高新区, 乡镇工业集聚区, 关键产业园);
        // a proper name before it does (某某乡镇工业园).
        text: "全省有国家高新区3家，推动乡镇工业集聚区提质，建设关键产业园。青岚乡镇工业园建设加快。",
        entities: [{ type: "park", name: "青岚乡镇工业园" }],
        absent: [
          { type: "park", name: "国家高新区" },
          { type: "park", name: "乡镇工业集聚区" },
          { type: "park", name: "关键产业园" },
        ],
      },
      {
        // A count and its classifier before a kind of firm (16间创科公司), or a verb (前来公司), name no firm.
        text: "分园目前有16间创科公司进驻，吸引了前来公司投资考察。青岚家纺有限公司投产。",
        entities: [{ type: "enterprise", name: "青岚家纺有限公司" }],
        absent: [
          { type: "enterprise", name: "间创科公司" },
          { type: "enterprise", name: "前来公司" },
        ],
      },
      {
        // A pair of levels before a kind (省级或国家级企业技术中心) names no platform.
        text: "推动青岚精密机械有限公司技术中心升级为省级或国家级企业技术中心。",
        entities: [{ type: "platform", name: "青岚精密机械有限公司技术中心" }],
        absent: [{ type: "platform", name: "或国家级企业技术中心" }],
      },
      {
        // 借势, 借力, 赋予, 直通 act on a name; they never open one.
        text: "产业园借势岚汐海力士等龙头企业加快发展。大道直通青岚产业集聚区。澄湖转型升级产业园建设加快。",
        entities: [
          { type: "park", name: "青岚产业集聚区" },
          // 转型 stops an industry's name only (转型锂电产业): a park's may hold it.
          { type: "park", name: "澄湖转型升级产业园" },
        ],
        absent: [{ type: "park", name: "大道直通青岚产业集聚区" }],
      },
      {
        // Two activities joined before a platform's kind; an inspection institute (检验检测院) is a platform.
        text: "青岚核材研发及检测中心暨生产线项目开工。澄州市药品检验检测院通过认定。",
        entities: [
          { type: "platform", name: "青岚核材研发及检测中心" },
          { type: "platform", name: "澄州市药品检验检测院" },
        ],
      },
      {
        // A policy field or a listed activity joined right before the kind (某某政策与技术研究中心, 某某展示、实训和创新中心).
        text: "依托青岚海洋装备政策与技术研究中心，建成云岫储能电池展示、实训和创新中心。",
        entities: [
          { type: "platform", name: "青岚海洋装备政策与技术研究中心" },
          { type: "platform", name: "云岫储能电池展示、实训和创新中心" },
        ],
      },
      {
        // A platform's word before a company suffix belongs to the registered firm.
        text: "全国最大的机车研发中心(星澜电力机车研究所有限公司)落户于此。",
        entities: [{ type: "enterprise", name: "星澜电力机车研究所有限公司" }],
        absent: [{ type: "platform", name: "星澜电力机车研究所" }],
      },
      {
        // A listed name may end in 和 (丰和); a rating (一星级) or the whole county (全县) names no park.
        text: "青岚产业园、丰和工业园、澄湖物流园等片区加快建设。2023年晋升为一星级开发区。推动全县专业镇发展。",
        entities: [{ type: "park", name: "丰和工业园" }],
        absent: [
          { type: "park", name: "一星级开发区" },
          { type: "park", name: "全县专业镇" },
        ],
      },
      {
        text: "推动青禾经济开发区与星澜光电股份有限公司共建云岫新材料重点实验室。",
        entities: [
          { type: "park", name: "青禾经济开发区" },
          { type: "enterprise", name: "星澜光电股份有限公司" },
          { type: "platform", name: "云岫新材料重点实验室" },
        ],
      },
      {
        text: "青禾旅游度假区、云岫科技孵化园和禾澜生物城接待客商；推进健康城市建设。",
        entities: [
          { type: "park", name: "青禾旅游度假区" },
          { type: "park", name: "云岫科技孵化园" },
          { type: "park", name: "禾澜生物城" },
        ],
        absent: [{ type: "park", name: "健康城" }],
      },
      {
        // A measured park whose next phase is built is a place, not a described aim.
        text: "重点推进建筑面积9万平方米的海洋装备产业园三期建设。",
        entities: [{ type: "park", name: "海洋装备产业园" }],
      },
      {
        // A platform singled out as the first or only one (全国首家, 唯一的) is named; a described kind
        // after it (唯一的综合性研发中心) is not.
        text: "青禾建成全国首家储能电池概念验证中心，是国内唯一的星澜院士工作站，也是唯一的综合性海洋装备研发中心。",
        entities: [
          { type: "platform", name: "储能电池概念验证中心" },
          { type: "platform", name: "星澜院士工作站" },
        ],
        absent: [{ type: "platform", name: "综合性海洋装备研发中心" }],
      },
      {
        // A branch of a named centre (某某中心某地分中心) is a platform; another body's branch is not.
        text: "青禾储能检测中心云岫分中心落户。建成人才市场星澜分中心。",
        entities: [{ type: "platform", name: "青禾储能检测中心云岫分中心" }],
      },
      {
        // The national academy named alone, a university named after it and a university's school are
        // bodies like universities; a city's academy and the national academy's institutes are platforms.
        text: "青禾市科学院与中国科学院合作，中国科学院院士、青禾大学材料科学院教授出席中国科学院大学云岫学院揭牌。",
        entities: [{ type: "platform", name: "青禾市科学院" }],
        absent: [
          { type: "platform", name: "中国科学院" },
          { type: "platform", name: "青禾大学材料科学院" },
        ],
      },
      {
        // A number code heads a listed park's name.
        text: "推进青禾物流园、27618 果蔬冷链物流产业园等建设。",
        entities: [{ type: "park", name: "27618果蔬冷链物流产业园" }],
      },
    ],
  },
  {
    id: "cluster:suffix:*",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.85,
    alsoConfidence: [{ value: 0.7, when: "the bare suffix 产业" }],
    description: "an industry ending in 产业集群, 产业链, 集群, 产业, 制造业, 服务业…",
    accepts: han,
    examples: [
      {
        // A region, an owner or a manner before 产业 is no sector.
        text: "带动长三角产业资源向青岚集聚，促进台资产业集聚，引进一批链条式产业集群企业，打造高质量产业新城。",
        absent: [
          { type: "cluster", name: "长三角" },
          { type: "cluster", name: "台资" },
          { type: "cluster", name: "链条式" },
          { type: "cluster", name: "高质量" },
        ],
      },
      {
        // One digit and one capital open a technology's name (6G), not a count; a capacity (5MW) is no name.
        text: "青岚县将超前布局6G产业，引领储能电池产业快速发展，建设5MW风电产业。",
        entities: [
          { type: "cluster", name: "6G" },
          { type: "cluster", name: "储能电池" },
        ],
        absent: [{ type: "cluster", name: "5MW风电" }],
      },
      {
        // 休闲 before a sector (休闲养生, 休闲旅游) is a leisure trade; before 度假 it stays an activity.
        text: "青禾产业园主要培育休闲养生主导产业，积极发展储能电池产业。",
        entities: [
          { type: "cluster", name: "休闲养生" },
          { type: "cluster", name: "储能电池" },
        ],
      },
      {
        // An industry naming an event (甲产业博览交易会) or a kind of demand (新兴消费产业) is no cluster.
        text: "适时举办储能电池产业博览交易会。大力发展海洋装备、智能传感等新兴消费产业。",
        absent: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "新兴消费" },
        ],
      },
      {
        // A region before the industry (内地…, 中国北方…) says where it is, not which industry.
        text: "积极吸引内地海洋装备产业向青岚转移，打造中国北方储能电池产业集群。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
        ],
        absent: [
          { type: "cluster", name: "内地海洋装备" },
          { type: "cluster", name: "北方储能电池" },
        ],
      },
      {
        // A field of work with generic modifiers at most (未来科技, 高新科技, 战略资源) is a category, in any cluster rule.
        text: "机器人研发将带动青禾高新区未来科技产业的蓬勃发展，推动储能电池、高新科技、智能传感三大产业齐头并进。",
        entities: [{ type: "cluster", name: "智能传感" }],
        absent: [
          { type: "cluster", name: "未来科技" },
          { type: "cluster", name: "高新科技" },
        ],
      },
      {
        // A park right before the industry (某某园…, 某某工业园区…) places it: the name starts after the park's word.
        text: "今年，星澜智造园智能传感产业实现产值80亿元，青禾工业园区海洋装备产业加快集聚。",
        entities: [
          { type: "cluster", name: "智能传感" },
          { type: "cluster", name: "海洋装备" },
        ],
        absent: [{ type: "cluster", name: "区海洋装备" }],
      },
      {
        // 做强/加强 before an industry opening with 化: the verb keeps 强, 化 starts the industry (not 强化 + 纤…).
        text: "做大做强化纤纺织产业链，加强化学储能产业招商。",
        entities: [
          { type: "cluster", name: "化纤纺织" },
          { type: "cluster", name: "化学储能" },
        ],
        absent: [{ type: "cluster", name: "纤纺织" }],
      },
      {
        // A label after the industry (甲产业链创新平台：…) lists its platforms; it does not name one.
        text: "储能电池产业链创新平台：青禾储能研究院。",
        entities: [{ type: "cluster", name: "储能电池" }],
      },
      {
        // "甲与乙产业深度融合": the fusion of two industries, not one joined name; a joined cluster keeps it.
        text: "推动储能电池与海洋装备产业深度融合。打造智能传感与储能电池产业集群。",
        entities: [{ type: "cluster", name: "智能传感与储能电池" }],
        absent: [{ type: "cluster", name: "储能电池与海洋装备" }],
      },
      {
        // A mode of production (循环经济, 木业循环经济) is how industries run, not an industry.
        text: "青岚县做强海洋装备产业，发展木业循环经济产业，延伸循环经济产业链。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [
          { type: "cluster", name: "木业循环经济" },
          { type: "cluster", name: "循环经济" },
        ],
      },
      {
        // 生活性服务业, like 生产性服务业, is an umbrella of services, not a named sector.
        text: "青岚县大力发展海洋装备产业，提升生活性服务业品质。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [{ type: "cluster", name: "生活性服务业" }],
      },
      {
        // A zone's place (青浦经济开发区, named twice: the document's zone) is a place before an industry too.
        text: "海洋传感产业是青浦经济开发区的支柱产业。青浦经济开发区加快发展。作为青浦海洋传感产业的代表性项目，一期建成投产。",
        entities: [{ type: "cluster", name: "海洋传感" }],
        absent: [{ type: "cluster", name: "青浦海洋传感" }],
      },
      {
        // A unit's scale (千万千瓦级, 百万吨级) and a zone or place joined by a middle dot open no name;
        // 先进 alone names no industry.
        text: "加快打造千万千瓦级海洋风电产业集群。青禾开发区·云澜区海洋传感产业走过十年历程，向世界级先进产业集群迈进。",
        entities: [
          { type: "cluster", name: "海洋风电" },
          { type: "cluster", name: "海洋传感" },
        ],
        absent: [
          { type: "cluster", name: "级海洋风电" },
          { type: "cluster", name: "云澜区海洋传感" },
          { type: "cluster", name: "先进" },
        ],
      },
      {
        // Words of any sector (经济, 产品, 平台) name no industry before 产业/产业链.
        text: "做强海洋装备产业，推动经济产业发展，延伸产品产业链。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [
          { type: "cluster", name: "经济" },
          { type: "cluster", name: "产品" },
        ],
      },
      {
        // A kind of place or a mode of growing (海洋产业, 循环经济, 生活性服务业) is an umbrella, not a sector.
        text: "壮大海洋产业，发展循环经济产业链和生活性服务业，做强海洋装备产业。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [
          { type: "cluster", name: "海洋" },
          { type: "cluster", name: "循环经济" },
          { type: "cluster", name: "生活性服务业" },
        ],
      },
      {
        // 随着 and verbs of defining (界定) open no industry's name.
        text: "随着产业型态由传统制造转型，青岚县科学界定主导产业，重点发展海洋装备产业。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [{ type: "cluster", name: "科学界定" }],
      },
      {
        // Slogan verbs (擦亮, 喊响) and 首个 open no industry's name.
        text: "建成全球首个眼视光产业创新综合体，擦亮喊响青岚眼视光产业品牌。",
        entities: [{ type: "cluster", name: "眼视光" }],
        absent: [
          { type: "cluster", name: "首个眼视光" },
          { type: "cluster", name: "喊响青岚眼视光" },
        ],
      },
      {
        // Quoted labels before the suffix are industries when they read as ones (a count or roles between);
        // a slogan (两优两新) is not.
        text: "青岚高新区发展壮大“海洋能源”首位主导产业，形成“冰雪装备”“藏药制造”和“竹木建材”三大产业集群，培育“两优两新”产业。",
        entities: [
          { type: "cluster", name: "海洋能源" },
          { type: "cluster", name: "冰雪装备" },
          { type: "cluster", name: "藏药制造" },
          { type: "cluster", name: "竹木建材" },
        ],
        absent: [{ type: "cluster", name: "两优两新" }],
      },
      {
        // After 的, a short name with a trade's head word is an industry (青岚的家纺产业); a role is not
        // (率先发展的领跑产业), nor a goal's industry (…的大健康产业领跑基地).
        text: "中国状元县青岚的家纺产业如同冉冉升起的星。率先发展的领跑产业。打造涵盖医疗和旅游功能于一体的大康养产业领跑基地。",
        entities: [{ type: "cluster", name: "家纺" }],
        absent: [
          { type: "cluster", name: "领跑" },
          { type: "cluster", name: "大康养" },
        ],
      },
      {
        // A clause's verb before the suffix with no sector word is no industry (坚定不移兴产业, 预留产业用地);
        // trades the tagger reads as verbs stay (…养生产业, …修造产业).
        text: "坚定不移兴产业，科学预留产业发展用地。青岚县加快发展藏医养生产业。大力发展渔船修造产业。",
        entities: [
          { type: "cluster", name: "藏医养生" },
          { type: "cluster", name: "渔船修造" },
        ],
        absent: [
          { type: "cluster", name: "不移兴" },
          { type: "cluster", name: "科学预留" },
        ],
      },
      {
        // "甲和乙产业" said once, with 甲 and 乙 each named elsewhere in the document, is two industries;
        // halves the document names nowhere else stay one name.
        text: "青岚高新区以储能电池和海洋装备产业为主导。储能电池项目加快建设，海洋装备企业集聚发展。青禾县壮大智能传感和海洋能源产业。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "智能传感和海洋能源" },
        ],
        absent: [{ type: "cluster", name: "储能电池和海洋装备" }],
      },
      {
        // A year's 年 (2025年…) and a conjunction after an activity (建设和…) open no name; after a year the
        // name must end in a sector's head word (2024年百佳产业集群 names a ranking).
        text: "2025年储能电池产业产值达到百亿元，入选2024年中国百佳产业集群。推动青岚市医药产业集群建设和海洋装备产业的发展。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "海洋装备" },
        ],
        absent: [{ type: "cluster", name: "百佳" }],
      },
      {
        // A place the document writes elsewhere with 市/县/区/旗 (星澜县) opens no industry's name (星澜储能电池产业).
        text: "星澜县位于沿海。星澜储能电池产业加快发展。",
        entities: [{ type: "cluster", name: "储能电池" }],
        absent: [{ type: "cluster", name: "星澜储能电池" }],
      },
      {
        // 及 before 制造业 joins a sector to manufacturing in one name (甲及装备制造业).
        text: "全区储能电池及装备制造业开票销售达到百亿元。",
        entities: [{ type: "cluster", name: "储能电池及装备制造业" }],
        absent: [{ type: "cluster", name: "装备制造业" }],
      },
      {
        // An industry with its supporting trades (…及配套) is one name.
        text: "聚焦海洋装备及配套产业，扶持一批重点项目。",
        entities: [{ type: "cluster", name: "海洋装备及配套" }],
      },
      {
        // A zone's name before the industry (…示范区, …自贸港, …试验区) places it; the industry starts after it.
        text: "这是青岚生态移民示范区储能电池产业集群崛起的写照。项目服务于青禾自贸港海洋装备产业的建设要求。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "海洋装备" },
        ],
        absent: [
          { type: "cluster", name: "青岚生态移民示范区储能电池" },
          { type: "cluster", name: "青禾自贸港海洋装备" },
        ],
      },
      {
        // An aspect after 产业 (规模, 基础, 生态, 招商) follows an industry whose name ends in a sector's
        // head word; a judgement before it (良好产业基础) names none.
        text: "青岚县储能电池产业规模突破百亿元，海洋装备产业基础扎实，依托良好产业基础开展招商。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "海洋装备" },
        ],
        absent: [{ type: "cluster", name: "良好" }],
      },
      {
        // 转型 acts on the industry; 接续替代产业 is a category of industries, none of them.
        text: "青岚区加快转型储能电池产业，大力发展经济转型接续替代产业。",
        entities: [{ type: "cluster", name: "储能电池" }],
        absent: [
          { type: "cluster", name: "转型储能电池" },
          { type: "cluster", name: "替代" },
          { type: "cluster", name: "经济转型接续替代" },
        ],
      },
      {
        // A designation between the industry and the suffix (…国家先进制造业集群) is no part of its name.
        text: "青岚县海洋传感国家先进制造业集群加快建设。",
        entities: [{ type: "cluster", name: "海洋传感" }],
        absent: [{ type: "cluster", name: "海洋传感国家" }],
      },
      {
        // 高度重视 acts on the industry; a way of developing (本土化产业) is no sector.
        text: "开发区高度重视汽车轮毂产业发展，推动本土化产业配套。",
        entities: [{ type: "cluster", name: "汽车轮毂" }],
        absent: [
          { type: "cluster", name: "高度重视汽车轮毂" },
          { type: "cluster", name: "本土化" },
        ],
      },
      {
        text: "全力打造海洋装备产业集群，延伸储能电池产业链。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
        ],
      },
      {
        // A district the text names (岚汐区…) before the industry places it: not part of the name.
        text: "岚汐区位于江畔。作为岚汐区海洋装备产业核心载体，该园区加快建设。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [{ type: "cluster", name: "岚汐区海洋装备" }],
      },
      {
        // A chain and a cluster joined by 和 are two industries.
        text: "构建储能电池全产业链和海洋装备产业集群。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "海洋装备" },
        ],
      },
      {
        // So does a place the text writes with 市/县 elsewhere; a designation (示范) alone is no industry.
        text: "沧澜县位于江畔。做大做强沧澜海洋装备产业集群，申报中小企业示范产业集群。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [
          { type: "cluster", name: "沧澜海洋装备" },
          { type: "cluster", name: "示范" },
        ],
      },
    ],
  },
  {
    id: "dept:national",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.9,
    description:
      "a national ministry or commission from the vocabulary (国务院, 工业和信息化部…, former ones such as 建设部, 农业部)",
    examples: [
      {
        // A ministry's department before its director's title (某某司司长) is still the department.
        text: "科技部高新司司长出席。",
        entities: [{ type: "department", name: "科技部高新司" }],
      },
      {
        // Full ministry names and the national legislature are central bodies too.
        text: "国家发改委、科学技术部联合发文。全国人大代表某某表示。",
        entities: [
          { type: "department", name: "科学技术部" },
          { type: "department", name: "全国人大" },
        ],
      },
      { text: "该园区于2010年经国务院批准设立。", entities: [{ type: "department", name: "国务院" }] },
      {
        // Former ministries are national bodies too; an approval's 经 before 国家 is no part of a body's name.
        text: "2006年宜宾青岚开发区经国家发改委、建设部、国土资源部审核，升级为省级开发区。",
        entities: [
          { type: "department", name: "国家发改委" },
          { type: "department", name: "建设部" },
          { type: "department", name: "国土资源部" },
        ],
      },
      {
        // 建设部署 is "deployment", not the ministry.
        text: "按照青禾平台建设部署，科技部会同农业部公布名单。",
        entities: [{ type: "department", name: "农业部" }],
        absent: [{ type: "department", name: "建设部" }],
      },
      {
        // 国家 before a ministry's own name belongs to the mention only.
        text: "经国务院办公厅同意，青岚产业集群入选国家工信部名单。",
        entities: [
          { type: "department", name: "国务院办公厅" },
          { type: "department", name: "工信部" },
        ],
      },
    ],
  },
  {
    id: "dept:suffix:*",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.85,
    description: "a body with a place prefix and a department suffix (市…局, 省…厅, …管委会, …领导小组)",
    accepts: han,
    examples: [
      {
        // 某市某区委 of a city not the document's own: the district's body is named by the district (guide).
        text: "近年来，泰安市岱岳区委、区政府大力发展储能电池产业。",
        entities: [
          { type: "department", name: "岱岳区委" },
          { type: "department", name: "岱岳区政府" },
        ],
        absent: [{ type: "department", name: "泰安市岱岳区委" }],
      },
      {
        // An office named by its work (开发管理处, 建设处, 观光处) is a body; 处理/处置 are verbs.
        text: "青岚市工业区开发管理处负责招商。",
        entities: [{ type: "department", name: "青岚市工业区开发管理处" }],
      },
      {
        // A body's own division written right after it is the body named (处理 is a verb, not a division).
        text: "省发展改革委产业发展处负责。市发改委积极协调处理问题。",
        entities: [
          { type: "department", name: "省发展改革委产业发展处" },
          { type: "department", name: "市发改委" },
        ],
      },
      {
        // A county-level place opens its body after a conjunction too (与某某市委签约), and with three
        // characters when the text writes it with its level again; a person named before a post does not.
        text: "当天，云澜集团与汨罗市委签约。格尔木市政府副市长出席，格尔木市委书记致辞。召集人:张禾丰市委常委、副市长",
        entities: [
          { type: "department", name: "汨罗市委" },
          { type: "department", name: "格尔木市政府" },
          { type: "department", name: "格尔木市委" },
        ],
        absent: [{ type: "department", name: "张禾丰市委" }],
      },
      {
        // A park of any kind names its committee (某新城管委会, 某示范园区管理委员会 with a bracketed word,
        // 某科技园区某园管理委员会); an assigning verb (明确…为责任单位) is no part of it.
        text: "方案明确青岚新城管委会为责任单位。2018年，梧州国家生态工业(制糖)示范园区管理委员会印发方案。云澜科技园区青松园管理委员会主办。",
        entities: [
          { type: "department", name: "青岚新城管委会" },
          { type: "department", name: "梧州国家生态工业(制糖)示范园区管理委员会" },
          { type: "department", name: "云澜科技园区青松园管理委员会" },
        ],
        absent: [{ type: "department", name: "明确青岚新城管委会" }],
      },
      {
        // Leagues and banners (盟/旗) as bare levels, a league's 行政公署, an XPCC division (第某师某市, 师市).
        text: "阿拉善盟行政公署印发通知，盟发展改革委、旗科技局、第八师石河子市工业和信息化局和师市工信局按职责分工负责。",
        entities: [
          { type: "department", name: "阿拉善盟行政公署" },
          { type: "department", name: "盟发展改革委" },
          { type: "department", name: "旗科技局" },
          { type: "department", name: "第八师石河子市工业和信息化局" },
          { type: "department", name: "师市工信局" },
        ],
      },
      {
        // The text's own province becomes the bare level (宁夏回族自治区… → 自治区…); another province keeps its name.
        text: "宁夏回族自治区商务厅会同宁夏回族自治区发展改革委、广东省商务厅赴宁夏青岚园区调研。",
        entities: [
          { type: "department", name: "自治区商务厅" },
          { type: "department", name: "自治区发展改革委" },
          { type: "department", name: "广东省商务厅" },
        ],
      },
      {
        // A banner's side word (察右前旗: 右 and 前) is part of its name, not a position before the level.
        text: "察右前旗人民政府、土右旗发展和改革委员会负责。",
        entities: [
          { type: "department", name: "察右前旗人民政府" },
          { type: "department", name: "土右旗发展和改革委员会" },
        ],
        absent: [{ type: "department", name: "旗人民政府" }],
      },
      {
        // Long county-level place names: an autonomous county, a banner, a forest district, a four-character city.
        text: "长阳土家族自治县发展和改革局、伊金霍洛旗人民政府、神农架林区经济和信息化局、二连浩特市人民政府负责。",
        entities: [
          { type: "department", name: "长阳土家族自治县发展和改革局" },
          { type: "department", name: "伊金霍洛旗人民政府" },
          { type: "department", name: "神农架林区经济和信息化局" },
          { type: "department", name: "二连浩特市人民政府" },
        ],
      },
      {
        // A county named by one character (泗县) opens its bodies too; after its province it keeps its own name.
        text: "安徽省泾县县委和泗县人民政府办公室联合印发通知。",
        entities: [
          { type: "department", name: "泾县县委" },
          { type: "department", name: "泗县人民政府办公室" },
        ],
      },
      {
        text: "（责任单位：市商务局、市发展改革委）",
        entities: [
          { type: "department", name: "市商务局" },
          { type: "department", name: "市发展改革委" },
        ],
      },
      {
        // A county's own document (县委、县政府 bare) keeps the city above it as written.
        text: "青岚县位于沧州市南部。县委、县政府认真落实沧州市人民政府部署。",
        entities: [{ type: "department", name: "沧州市人民政府" }],
      },
      {
        // Investment-promotion centres are public agencies.
        text: "记者跟随沧州市投促中心组织的活动走进青岚区。沧州市加快发展。",
        entities: [{ type: "department", name: "市投促中心" }],
      },
      {
        // A sub-district office is named by its own place (no city or level prefix).
        text: "（责任单位：区发改局、青岚街道办事处、澄湖街道办事处）",
        entities: [
          { type: "department", name: "青岚街道办事处" },
          { type: "department", name: "澄湖街道办事处" },
        ],
      },
      {
        // An official's title names the province before the city: the city's own body is 市委.
        text: "沧州市加快发展。记者采访了河北省沧州市委副书记、市长。沧州市将继续推进。",
        entities: [{ type: "department", name: "市委" }],
        absent: [{ type: "department", name: "省沧州市委" }],
      },
      {
        // A county-level city no list holds (青岚市) prefixes its bodies like a county does.
        text: "青岚市委书记张某说，由青岚市商务局牵头，青岚市人大常委会审议。",
        entities: [
          { type: "department", name: "青岚市委" },
          { type: "department", name: "青岚市商务局" },
          { type: "department", name: "青岚市人大常委会" },
        ],
      },
      {
        // People's congresses are named short (市人大) beside 市政协; 直属 says whose body, not a name.
        text: "在市委的领导下，市人大、市政协监督支持。成立直属市委市政府的项目推进办公室。",
        entities: [
          { type: "department", name: "市人大" },
          { type: "department", name: "市政协" },
          { type: "department", name: "市委" },
        ],
        absent: [{ type: "department", name: "直属市委" }],
      },
      {
        // A conjunction before a level word starts the body named last; a date's 年 is no part of a body.
        text: "贯彻省市工作会议精神和市委全会精神。青岚工业园区位于县城，2014年园区管委会组建以来稳步推进。",
        entities: [
          { type: "department", name: "市委" },
          { type: "department", name: "园区管委会" },
        ],
        absent: [
          { type: "department", name: "省市工作会议精神和市委" },
          { type: "department", name: "年园区管委会" },
        ],
      },
      {
        // An approval's 经, a time phrase, a verb or 及 before a level, a province or a zone ends what
        // precedes the body; a company's 事业部 is no government body.
        text: "青岚经济开发区经西藏自治区人民政府批准设立。几年来市委持续投入。副主任张某及开发区招商局参加。星澜集团湖北事业部负责。",
        entities: [
          { type: "department", name: "自治区人民政府" },
          { type: "department", name: "开发区招商局" },
        ],
        absent: [
          { type: "department", name: "青岚经济开发区经西藏自治区人民政府" },
          { type: "department", name: "几年来市委" },
          { type: "department", name: "张某及开发区招商局" },
          { type: "department", name: "湖北事业部" },
        ],
      },
      {
        // A bare level starts a body after a date or the 经/获 of an approval; 自治区 is a level too.
        text: "青岚新区是2008年市委、市政府实施东进战略的产物，经省政府批准设立。澄湖工业城经自治区人民政府批准成立，获市政府督查激励。",
        entities: [
          { type: "department", name: "市委" },
          { type: "department", name: "省政府" },
          { type: "department", name: "自治区人民政府" },
        ],
      },
    ],
  },
  {
    id: "dept:list-carry",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.8,
    description: "an unprefixed body chained to a prefixed one takes its 市/省 (市科技局、财政局 → 市财政局)",
    examples: [
      {
        text: "（市科技局、财政局、商务局按职责分工负责）",
        entities: [
          { type: "department", name: "市财政局" },
          { type: "department", name: "市商务局" },
        ],
      },
    ],
  },
  {
    id: "dept:zone-carry",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.75,
    description: "某开发区党工委、管委会: the zone of the first body carries to a bare 管委会/党工委 after it",
    examples: [
      {
        text: "青禾经济开发区党工委、管委会负责落实。",
        entities: [{ type: "department", name: "青禾经济开发区管委会" }],
      },
    ],
  },
  {
    id: "dept:responsible-place",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.7,
    description: "a county-level place (某区, 某县, 某旗) listed after 牵头/责任单位： acts as a unit",
    examples: [
      {
        text: "（牵头单位：市发展改革委；责任单位：青禾区、云岫县）",
        entities: [
          { type: "department", name: "青禾区" },
          { type: "department", name: "云岫县" },
        ],
      },
    ],
  },
  {
    id: "dept:zone-body",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.65,
    description: "a bare 管委会/党工委 takes the zone of the one zone whose bodies the document names",
    examples: [
      {
        text: "青禾经开区党工委委员、管委会副主任介绍，管委会将继续优化服务。",
        entities: [{ type: "department", name: "青禾经开区管委会" }],
      },
    ],
  },
  {
    id: "cluster:role",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description:
      "以甲为主导、乙为支撑的产业体系 (a chain of roles: 以甲为主导，乙、丙为支撑，丁为补充的…体系) / 主导产业为甲: an industry named by its role (not when the role sits inside a named industry: 以甲为主的乙产业)",
    examples: [
      {
        // A kind of industry (资源型工业, 资源型传统工业) in the role is what sort, not which sector.
        text: "青禾开发区历史上形成了以资源型工业为主的产业结构。青岚县主要以资源型传统工业为主导产业。",
        entities: [],
        absent: [
          { type: "cluster", name: "资源型工业" },
          { type: "cluster", name: "资源型传统工业" },
        ],
      },
      {
        // The role inside a named industry (以甲为主导的乙产业): 甲 is a part of 乙, the cluster; a bare 产业体系 keeps 甲.
        text: "青禾县全力培育壮大以储能电池和海洋装备配件为主导的智能传感产业。青岚县形成以云岫材料为主导的产业体系。",
        entities: [{ type: "cluster", name: "云岫材料" }],
        absent: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "海洋装备配件" },
        ],
      },
      {
        // A role's subject may be two long industries joined by 和 (up to 16 characters in all).
        text: "青禾开发区初步形成以储能电池材料和深海工程装备制造为主导，以数字经济为支撑的产业新格局。",
        entities: [
          { type: "cluster", name: "储能电池材料" },
          { type: "cluster", name: "深海工程装备制造" },
        ],
      },
      {
        // A chain of roles (以甲为主导，乙、丙为支撑，丁为补充) ending in the system they build: every item.
        text: "青禾县构建以海洋装备为主导，储能电池、智能传感为支撑，光学仪表为补充的现代产业体系。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
          { type: "cluster", name: "光学仪表" },
        ],
      },
      {
        text: "形成以光学仪表为主导、海洋装备为支撑的产业体系。",
        entities: [
          { type: "cluster", name: "光学仪表" },
          { type: "cluster", name: "海洋装备" },
        ],
      },
      {
        // 包括/有 with two items joined by 和 and no enumeration comma (cluster-role-cues.ts).
        text: "青岚经济开发区主导产业包括海洋装备和储能电池。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
        ],
      },
      {
        // Quoted items, a role other than 主导, and a count cue before 分别为.
        text: "青禾工业园区的重点产业是“海洋装备”和“储能电池”。青岚县特色产业有两项，分别为智能传感和光学仪表。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
          { type: "cluster", name: "光学仪表" },
        ],
      },
      {
        // A profile field run together: a name does not repeat its head word.
        text: "主导产业：智能传感制造储能电池制造",
        entities: [
          { type: "cluster", name: "智能传感制造" },
          { type: "cluster", name: "储能电池制造" },
        ],
      },
      {
        // 甲产业和乙产业: each item has its own suffix, so the second is an industry of its own.
        text: "青岚经济开发区重点发展海洋装备产业和储能电池产业。",
        entities: [{ type: "cluster", name: "储能电池" }],
      },
    ],
  },
  {
    id: "cluster:plus",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description: "培育“甲+乙”产业: the items of a quoted sum before 产业 (not 3+X counts)",
    examples: [
      {
        text: "培育“光学仪表+海洋装备”产业。",
        entities: [
          { type: "cluster", name: "光学仪表" },
          { type: "cluster", name: "海洋装备" },
        ],
      },
    ],
  },
  {
    id: "cluster:designated",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description: "甲获批/入选…产业集群: the subject of a cluster designation",
    examples: [
      { text: "园区建设稳步推进，云母装备获批省级产业集群。", entities: [{ type: "cluster", name: "云母装备" }] },
    ],
  },
  {
    id: "dept:list-item",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.75,
    description: "a list item naming its own place (…、某县政府) keeps its name",
    examples: [
      {
        // A three-character place is no prefix the suffix pass reads (beyond a government); the list gives it.
        text: "（责任单位：市科技局，鹤青岭市工信局、文登区政府）",
        entities: [{ type: "department", name: "鹤青岭市工信局" }],
      },
      {
        // A zone's or port's own body (某某港管委会, 某某海关) takes no carried 市: its place is its prefix.
        text: "责任单位：市交通运输局、市商务局、青禾港管委会、云岫海关。",
        entities: [
          { type: "department", name: "青禾港管委会" },
          { type: "department", name: "云岫海关" },
        ],
      },
    ],
  },
  {
    id: "dept:back-reference",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.7,
    description: "领导小组(办公室) alone refers back to the last named leading group",
    examples: [
      {
        text: "成立市储能产业发展领导小组。领导小组办公室设在市发展改革委。",
        entities: [{ type: "department", name: "市储能产业发展领导小组办公室" }],
      },
    ],
  },
  {
    id: "dept:bare",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.5,
    description:
      "a short unprefixed body standing alone, e.g. a source line (来源：经发局), a news source (记者从某某办获悉) or an official's office (某某办主任…)",
    examples: [
      { text: "来源:招商局\n", entities: [{ type: "department", name: "招商局" }] },
      {
        text: "青岚日报记者2月18日从澄浦石化办获悉，今年1月份产值增长。",
        entities: [{ type: "department", name: "澄浦石化办" }],
      },
    ],
  },
  {
    id: "cluster:list",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.8,
    description: "items of a list headed by an industry word (重点发展甲、乙、丙等产业)",
    examples: [
      {
        // 幸福产业 is a policy category (generic word), not an industry: its items are the clusters.
        text: "青禾县培育发展海洋垂钓、滑雪器材、智能传感等幸福产业。",
        entities: [
          { type: "cluster", name: "滑雪器材" },
          { type: "cluster", name: "智能传感" },
        ],
        absent: [{ type: "cluster", name: "幸福" }],
      },
      {
        // "等上下游产业链": the items are the links and products of one chain, not industries.
        text: "青禾经济开发区大力延伸高纯氢、针状焦、碳纤维、特种石墨等上下游产业链。",
        absent: [
          { type: "cluster", name: "针状焦" },
          { type: "cluster", name: "碳纤维" },
        ],
      },
      {
        // "甲、乙和丙等产业": closed by 等, the last item's 和 is the list's own and joins two items.
        text: "园区重点发展海洋装备、储能电池和智能传感等产业。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
        ],
        absent: [{ type: "cluster", name: "储能电池和智能传感" }],
      },
      {
        // 为主攻方向 names a zone's lead directions like 为主导.
        text: "青松新材料产业集聚区以海洋装备、储能电池为主攻方向。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
        ],
      },
      {
        // "以甲、乙为支撑的产业格局": one role list alone, its role closing an industry system.
        text: "星澜港经济区目前已形成以海洋装备、储能电池、智能传感为支撑的产业格局。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // The fields a batch of projects covers (此次签约的项目…涵盖甲、乙等领域) are the projects', not the place's industries.
        text: "此次集中签约的5个项目与青岚县发展定位高度契合，涵盖储能电池、海洋装备、智能传感等多个领域。",
        absent: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // A role word and its verb in prose (主导产业为) types a comma list like a label.
        text: "青松经济开发区主导产业为海洋装备，储能电池，智能传感。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // Full-width commas (or ；, spaces) as separators: the view reads them as 、 (list-layout.ts).
        text: "重点发展海洋装备，储能电池，智能传感三大产业集群。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
        ],
      },
      {
        // A typing label's comma list: every part a bare name.
        text: "主导产业：海洋装备，储能电池，智能传感。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // "某开发区主导产业有甲、乙": the cue inside the first item (after a long subject) opens the list (lists.ts).
        text: "青岚经济开发区主导产业有海洋装备、储能电池、智能传感等。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // The chains of the slogan (创新链) are no industries among the list's items.
        text: "围绕产业链部署创新链，形成以储能电池、海洋装备、智能传感、创新链等为重点的产业体系。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
        ],
        absent: [{ type: "cluster", name: "创新链" }],
      },
      {
        // 以甲、乙、丙为主的…产业体系: 为主 before an industry head is a role like 为主导.
        text: "青岚高新区形成了以储能电池、智能传感、海洋装备为主的高新技术产业体系。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
          { type: "cluster", name: "海洋装备" },
        ],
      },
      {
        // 分别 opens the predicate: the 、 after it separate its values, not more items.
        text: "今年海洋装备、储能电池、智能传感产业产值分别达到12亿元、8亿元、5亿元。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // The last item ends at its industry word before 和/及 and something else (…产业和某某工程).
        text: "青禾工业集中区重点引进海洋装备、储能电池、智能传感产业和资源环保再生工程。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
        ],
      },
      {
        // Items that each open with their own place (莘县某某、东阿某某…) name the places' industries; a
        // shared opening (海洋甲、海洋乙) is the industries' own word.
        text: "青岚市形成五大特色产业集群，包括莘县海藻加工、东阿精密轴承、茌平云母深加工、曲阜储能电池、枣阳青瓷制造。海洋装备、海洋储能、海洋信息三个产业加快发展。",
        entities: [
          { type: "cluster", name: "海藻加工" },
          { type: "cluster", name: "云母深加工" },
          { type: "cluster", name: "青瓷制造" },
          { type: "cluster", name: "海洋储能" },
        ],
        absent: [
          { type: "cluster", name: "莘县海藻加工" },
          { type: "cluster", name: "枣阳青瓷制造" },
        ],
      },
      {
        // Two enumerations joined after the first one's counted head (…四大产业集群和…): each list is read
        // on its own, and a count that matches the items keeps a joined item whole.
        text: "园区形成了以能源产业为核心的海藻养殖、云母加工、禾丰陶瓷、青岚纺织四大产业集群和比较完整的储能电池、海洋装备循环产业链条。青岚市大力培育提升海洋装备、储能电池和储能材料2个千亿产业集群和海藻深加工、云母深加工2个百亿产业集群。",
        entities: [
          { type: "cluster", name: "海藻养殖" },
          { type: "cluster", name: "云母加工" },
          { type: "cluster", name: "储能电池和储能材料" },
          { type: "cluster", name: "海藻深加工" },
        ],
      },
      {
        // Categories a cluster covers (等19个产业门类) and officials named with their posts are no industries.
        text: "拥有海洋装备和储能电池2大产业集群，涵盖海藻加工、糕点、调味品、饮料等19个产业门类。5月10日下午，青岚市副市长云澜、市二级巡视员禾岫一行到园区调研海洋装备产业。",
        absent: [
          { type: "cluster", name: "海藻加工" },
          { type: "cluster", name: "糕点" },
          { type: "cluster", name: "副市长云澜" },
        ],
      },
      {
        text: "重点发展海洋装备、储能电池、智能传感等产业。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // The last item ends at 产业 before its output (…产业产值突破…): the suffix types the items.
        text: "力争今年海洋传感、云母新材料产业产值突破百亿元。",
        entities: [
          { type: "cluster", name: "海洋传感" },
          { type: "cluster", name: "云母新材料" },
        ],
      },
      {
        // Short beats that each open with a count (一平台、两园区、三链条) are a slogan's, not industries.
        text: "确立了“一平台、两园区、三链条”的产业发展思路，重点发展海洋装备、储能电池等产业。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [{ type: "cluster", name: "一平台" }],
      },
      {
        // Pressing on, seizing and anchoring (紧扣, 抓住, 把握, 锚定…) end the first item on the left.
        text: "园区紧扣海洋装备、储能电池等主导产业，持续做强产业链。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [{ type: "cluster", name: "紧扣海洋装备" }],
      },
      {
        // A role or kind before the head word (甲、乙主导产业, 甲、乙传统产业) is the list's, not the last item's.
        text: "云澜园着重培育海洋传感、云母新材料主导产业，提升青岚合金、海藻化工传统产业。",
        entities: [
          { type: "cluster", name: "海洋传感" },
          { type: "cluster", name: "云母新材料" },
          { type: "cluster", name: "海藻化工" },
        ],
        absent: [
          { type: "cluster", name: "云母新材料主导" },
          { type: "cluster", name: "海藻化工传统" },
        ],
      },
      {
        // 以甲、乙为代表的…产业: trades that represent a kind of industry (firms representing it stay firms).
        text: "以海洋装备、储能电池、智能传感为代表的一批高新产业加速崛起。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // 以甲、乙为龙头的丙、丁产业: the firms end at 为龙头, and 的 opens the list of industries.
        text: "园区已形成以星澜电气、云岫家电为龙头的海洋装备、储能电池两大主导产业。",
        entities: [{ type: "cluster", name: "海洋装备" }],
        absent: [{ type: "cluster", name: "星澜电气" }],
      },
      {
        // The list ends before 的产业方向/的产业定位; an item that is a clause (市、县确定的…) is no industry.
        text: "青岚智慧区围绕海洋传感、云母新材料的产业方向加快招商。项目与市、县确定的产业定位高度契合。",
        entities: [
          { type: "cluster", name: "海洋传感" },
          { type: "cluster", name: "云母新材料" },
        ],
        absent: [{ type: "cluster", name: "县确定" }],
      },
      {
        // 聚焦…等产业领域: a place's focus names its industries (a firm's 拓展…等产业领域 does not);
        // 和 joins the last two when both end in an industry word (…科技, …加工).
        text: "青岚开发区聚焦滑雪器材、藏药制造、海洋科技和高原农牧加工等产业领域。",
        entities: [
          { type: "cluster", name: "滑雪器材" },
          { type: "cluster", name: "海洋科技" },
          { type: "cluster", name: "高原农牧加工" },
        ],
      },
      {
        // 集中在/布局…等领域(行业): where a place's projects sit or what it lays out; the verb may open the first item.
        text: "青岚开发区的项目主要集中在海洋装备、储能电池、智能传感等领域。青禾县加快强链补链、积极布局海洋装备、云母新材料、储能电池等新兴行业。",
        entities: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "云母新材料" },
        ],
      },
      {
        // A bracket spelling out a quoted count label (“三大板块一大支撑”（…）的产业发展格局); its last item carries the role.
        text: "青禾县初步形成“三大板块一大支撑”（海洋传感、滑雪器材、竹木加工及茶叶种植支撑）的产业发展格局。",
        entities: [
          { type: "cluster", name: "海洋传感" },
          { type: "cluster", name: "竹木加工" },
          { type: "cluster", name: "茶叶种植" },
        ],
      },
      {
        // 以甲、乙为基础，丙、丁为补充的…产业集群: 为基础 is a role like 为主导 before the industry system.
        text: "青禾县初步形成以茶叶种植、矿产采掘为基础，食品加工、竹木加工为补充的多元化产业集群。",
        entities: [
          { type: "cluster", name: "茶叶种植" },
          { type: "cluster", name: "矿产采掘" },
          { type: "cluster", name: "竹木加工" },
        ],
      },
      {
        text: "全市着力打造海洋装备、储能电池、智能传感三大接续替代产业。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // A role after the items with a development verb before them.
        text: "重点发展海洋装备、储能电池、智能传感为主导产业。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "智能传感" },
        ],
      },
      {
        // What the clusters are like is no industry.
        text: "加快构建起特色鲜明、竞争力强的产业集群。",
        absent: [{ type: "cluster", name: "起特色鲜明" }],
      },
    ],
  },
  {
    id: "cluster:list-tail",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.6,
    description: "a …服务业 named right after a list's 产业 head (…等主导产业以及某某服务业)",
    examples: [
      {
        text: "形成海洋装备、储能电池等三大主导产业以及配套服务业。",
        entities: [{ type: "cluster", name: "配套服务业" }],
      },
    ],
  },
  {
    id: "cluster:predicate",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description: "the subject of X是…的主导/优势/支柱产业",
    examples: [{ text: "据介绍，海洋装备是青禾高新区的优势产业。", entities: [{ type: "cluster", name: "海洋装备" }] }],
  },
  {
    id: "cluster:topic-opening",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description:
      "the topic of a sentence opening (在)X(产业)方面/领域/板块， when X ends in an industry's head word (现代物流方面，…; 在装备制造领域，…); 在人才方面 or 在能源领域 name none",
    examples: [
      {
        text: "海藻冷链物流方面，有禾丰、云岫等上市公司入驻。在云母装备制造领域，集聚了青松、白石等龙头企业。在人才方面，引进博士20名。",
        entities: [
          { type: "cluster", name: "海藻冷链物流" },
          { type: "cluster", name: "云母装备制造" },
        ],
        absent: [{ type: "cluster", name: "人才" }],
      },
    ],
  },
  {
    id: "cluster:park-bracket",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.8,
    description: "the industry in brackets right after a park: 某工业园(饲料)",
    examples: [{ text: "青禾市的青禾产业转移工业园(海洋装备);", entities: [{ type: "cluster", name: "海洋装备" }] }],
  },
  {
    id: "cluster:suffix:counted",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.6,
    description: "the last item before a count and a generic head (…为代表的某某6大特色产业)",
    examples: [
      {
        text: "形成以海洋装备、储能电池为代表的智能传感3大特色产业。",
        entities: [{ type: "cluster", name: "智能传感" }],
      },
    ],
  },
  {
    id: "coordination:firm-platforms",
    stage: "candidates",
    produces: ["platform"],
    confidence: 0.75,
    description:
      "甲有限公司、乙股份有限公司等10家企业技术中心: a list of registered firms closed by a counted platform kind gives each firm its platform of that kind (the firms stay enterprises; a city before 中国… is no part of the firm)",
    examples: [
      {
        text: "其中，青禾市中国岚溪汽车有限公司、云岫(福建)智能装备科技有限公司、禾丰制药股份有限公司等10家企业技术中心上榜。",
        entities: [
          { type: "platform", name: "中国岚溪汽车有限公司企业技术中心" },
          { type: "platform", name: "禾丰制药股份有限公司企业技术中心" },
        ],
        absent: [{ type: "enterprise", name: "青禾市中国岚溪汽车有限公司" }],
      },
      {
        // The clause's opening ends at its last 的 (其中某经开区的甲有限公司).
        text: "其中青岚经开区的澄湖精密机械有限公司、云岫新材料股份有限公司等2家企业技术中心被评为优秀。",
        entities: [{ type: "platform", name: "澄湖精密机械有限公司企业技术中心" }],
        absent: [{ type: "platform", name: "其中青岚经开区的澄湖精密机械有限公司企业技术中心" }],
      },
    ],
  },
  {
    id: "coordination:counted",
    stage: "candidates",
    produces: ["park", "platform"],
    confidence: 0.8,
    alsoConfidence: [
      { value: 0.75, when: "items without a level word" },
      { value: 0.7, when: "platforms named by field under a counted kind (规划建设甲、乙两大研究中心)" },
    ],
    description:
      "甲、乙2个省级X产业园 (also …集中区, 经开区, 高新区): each coordinated place with the shared head is one name; so is each field before a counted platform kind (甲材料、乙材料五大研究中心)",
    examples: [
      {
        text: "规划建设膜分离材料、生物传感材料、组织修复材料三大研究中心。",
        entities: [
          { type: "platform", name: "膜分离材料研究中心" },
          { type: "platform", name: "组织修复材料研究中心" },
        ],
      },
      {
        // Counted zone kinds with no 园 (两个工业集中区, 两个高新区) share the head the same way.
        text: "全县规划建设了宁乡、泗洪两个工业集中区，支持青禾、云岫两个高新区加快发展。",
        entities: [
          { type: "park", name: "宁乡工业集中区" },
          { type: "park", name: "泗洪工业集中区" },
          { type: "park", name: "青禾高新区" },
          { type: "park", name: "云岫高新区" },
        ],
      },
      {
        text: "推进青禾、云岫2个省级绿电产业园建设。",
        entities: [
          { type: "park", name: "青禾绿电产业园" },
          { type: "park", name: "云岫绿电产业园" },
        ],
      },
      {
        text: "全县先后建成青禾、云岫、禾澜等多个工业园区，又规划了化工、建材等多个园区。",
        entities: [
          { type: "park", name: "青禾工业园区" },
          { type: "park", name: "云岫工业园区" },
          { type: "park", name: "禾澜工业园区" },
        ],
        absent: [{ type: "park", name: "化工园区" }],
      },
    ],
  },
  {
    id: "coordination:zone-area",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.75,
    description:
      "某自贸区甲片区和乙片区: the second area joined to a zone's named area is the same zone's (某自贸区乙片区)",
    examples: [
      {
        text: "接受湖南自贸区岚溪片区和青禾片区的辐射。",
        entities: [{ type: "park", name: "湖南自贸区青禾片区" }],
      },
    ],
  },
  {
    id: "coordination:shared-head",
    stage: "candidates",
    produces: ["park", "platform"],
    confidence: 0.75,
    description:
      "甲、乙化工产业园: coordinated places sharing one head (split by the items' length only at a word's end)",
    examples: [
      {
        text: "推进青禾、云岫化工产业园统筹发展。",
        entities: [{ type: "park", name: "青禾化工产业园" }],
      },
      {
        // Parks of their own before a bracketed name share no head.
        text: "加快推进澄湖环保产业园、青岚(云岫)生态纺织产业园建设。",
        absent: [{ type: "park", name: "澄湖环保产业园生态纺织产业园" }],
      },
      {
        // A list number at a line's start (4、) marks the line; it shares no head.
        text: "现公布如下：\n3、青岚船厂技术中心\n4、澄湖酒业(集团)股份有限公司技术中心\n",
        absent: [{ type: "platform", name: "4股份有限公司技术中心" }],
      },
      {
        // Split by the other items' length only where a word ends: a place's name is not cut in two.
        text: "关于在青禾、乌鲁木齐经济开发区试行特别机制的意见。",
        absent: [{ type: "park", name: "青禾木齐经济开发区" }],
      },
    ],
  },
  {
    id: "enterprise:list-label",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.85,
    description: "items after a firm label (重点企业：甲、乙、丙; 链主企业：, 配套企业：)",
    examples: [
      {
        // A chain's supporting firms are listed under their own label like its lead firms.
        text: "储能电池产业链。配套企业：禾丰材料、青松电子。",
        entities: [
          { type: "enterprise", name: "禾丰材料" },
          { type: "enterprise", name: "青松电子" },
        ],
      },
      {
        // A roster heading without a colon (…名单), one name per line.
        text: "重点企业名单\n星澜光电\n云岫光学\n青禾科技",
        entities: [
          { type: "enterprise", name: "星澜光电" },
          { type: "enterprise", name: "云岫光学" },
          { type: "enterprise", name: "青禾科技" },
        ],
      },
      {
        // A label on its own line, then one numbered name per line (list-layout.ts).
        text: "重点企业：\n①星澜光电有限公司\n②云岫光学\n③青禾科技",
        entities: [
          { type: "enterprise", name: "星澜光电有限公司" },
          { type: "enterprise", name: "云岫光学" },
          { type: "enterprise", name: "青禾科技" },
        ],
      },
      {
        text: "重点企业：星澜光电、云岫光学、青禾科技。",
        entities: [
          { type: "enterprise", name: "星澜光电" },
          { type: "enterprise", name: "云岫光学" },
        ],
      },
      {
        // A label written into prose before one name the dictionary lacks (a coinage), its 总部 no part of it.
        text: "头部企业岚汐智行总部落户青岚。",
        entities: [{ type: "enterprise", name: "岚汐智行" }],
        absent: [{ type: "enterprise", name: "岚汐智行总部" }],
      },
      {
        // Stacked or quoted labels after a level (国家级专精特新“小巨人”企业甲、乙) are one label.
        text: "拥有国家级专精特新“小巨人”企业青岚科技、星澜智能，专精特新小巨人企业云岫电子、禾丰光学。",
        entities: [
          { type: "enterprise", name: "青岚科技" },
          { type: "enterprise", name: "星澜智能" },
          { type: "enterprise", name: "云岫电子" },
          { type: "enterprise", name: "禾丰光学" },
        ],
      },
    ],
  },
  {
    id: "enterprise:list-head",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.75,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "items of a list whose head names firms (甲、乙等58个项目增资扩产; 聚集甲、乙等企业; brand-only items before a role head: 等…客户, 等主机厂), or that 其中 opens after a count of firms when every item reads as a name (规上企业45家，其中甲、乙年产值超10亿元)",
    examples: [
      {
        // 其中 after a count of firms: brand-like items are the firms singled out; the last ends at its predicate.
        text: "目前，开发区共有规模以上工业企业45家，其中禾丰机械、云岫纺织、星澜化工年产值均超10亿元。",
        entities: [
          { type: "enterprise", name: "禾丰机械" },
          { type: "enterprise", name: "星澜化工" },
        ],
        absent: [{ type: "enterprise", name: "星澜化工年产值" }],
      },
      {
        // A firm's standing before its name in an item (…领导者甲, …十大企业乙) is no part of the name; a
        // country alone (来自日本、韩国…) is where firms come from.
        text: "引导培育的中国高品质鸡蛋领导者岚禾、全国饲料行业十大企业青屿饲料等公司领跑健康食品产业。区内包括来自日本、韩国、美国等8个国家和地区的39户外资企业。",
        entities: [{ type: "enterprise", name: "岚禾" }],
        absent: [
          { type: "enterprise", name: "中国高品质鸡蛋领导者岚禾" },
          { type: "enterprise", name: "日本" },
          { type: "enterprise", name: "韩国" },
        ],
      },
      {
        // "等产业技术和项目": the items are the industries of the projects, not firms (产业类/产业化项目 keep firms).
        text: "引进健康养老、储能电池等产业技术和项目。",
        absent: [
          { type: "enterprise", name: "健康养老" },
          { type: "enterprise", name: "储能电池" },
        ],
      },
      {
        // A head that names firms by role (客户, 合作伙伴, 主机厂): brand-only items before it are firms.
        text: "青禾集团拥有雾松、星澜、云岫等长期合作的全球高端客户。",
        entities: [
          { type: "enterprise", name: "雾松" },
          { type: "enterprise", name: "云岫" },
        ],
      },
      {
        text: "星澜光电、云岫光学等12家企业落户园区。",
        entities: [
          { type: "enterprise", name: "星澜光电" },
          { type: "enterprise", name: "云岫光学" },
        ],
      },
      {
        // A clause verb after a first list's 等 opens a second list, its object (…等细分行业涌现出了甲、乙等企业).
        text: "当前，某市在光、储、氢等细分行业涌现出了青岚、禾丰、云岫等一批优质企业。",
        entities: [
          { type: "enterprise", name: "青岚" },
          { type: "enterprise", name: "禾丰" },
          { type: "enterprise", name: "云岫" },
        ],
      },
      {
        // 为 inside the first name (与甲为、乙; ，甲为电子、乙) is no clause word there.
        text: "该谷与星为、青松、禾丰等56家头部企业开展合作。产业园揭牌开园，禾为电子、云岫光学等13家企业签约入园。",
        entities: [
          { type: "enterprise", name: "星为" },
          { type: "enterprise", name: "禾为电子" },
        ],
      },
      {
        // A visit to the items (实地考察甲、乙等制药企业) names firms like a bringing verb.
        text: "专家组实地考察恒远、青松、禾丰等制药企业，并与企业负责人座谈。",
        entities: [
          { type: "enterprise", name: "恒远" },
          { type: "enterprise", name: "青松" },
          { type: "enterprise", name: "禾丰" },
        ],
      },
      {
        // A trade's leading firms (等行业骨干企业, 等行业龙头企业) are firms like 等骨干企业.
        text: "以及禾岫光电、云澜光电、青岚光电等行业骨干企业负责人参加。",
        entities: [
          { type: "enterprise", name: "禾岫光电" },
          { type: "enterprise", name: "云澜光电" },
          { type: "enterprise", name: "青岚光电" },
        ],
      },
      {
        // 已有 before the first firm and 以及 before the last are no part of the names.
        text: "目前，已有星澜医疗、云岫光学等一批公司落户。成功引进昊岳医药、澄宇健康以及岚汐饮片等10余家医药企业。",
        entities: [
          { type: "enterprise", name: "星澜医疗" },
          { type: "enterprise", name: "澄宇健康" },
          { type: "enterprise", name: "岚汐饮片" },
        ],
        absent: [
          { type: "enterprise", name: "有星澜医疗" },
          { type: "enterprise", name: "澄宇健康以" },
        ],
      },
      {
        // The names end at 等 when a list of kinds follows it up to the firm head.
        text: "园区先后引进岚汐精密、昊岳智控、澄宇机器人等数控机床、精密零部件生产企业。",
        entities: [
          { type: "enterprise", name: "昊岳智控" },
          { type: "enterprise", name: "澄宇机器人" },
        ],
      },
      {
        // A head naming institutions (等12家科研院所的…项目) makes the items institutions, not firms.
        text: "截至目前，青岚遥感所、澄湖测绘所、星澜材料所等12家科研院所的19个项目已入驻。",
        absent: [
          { type: "enterprise", name: "青岚遥感所" },
          { type: "enterprise", name: "澄湖测绘所" },
        ],
      },
      {
        // Renown or a lead role in the head (等国际知名…公司, 等一批…产业龙头企业) and a counted 翘楚 name firms.
        text: "青岚玻璃为岚汐、昊岳、澄宇等国际知名汽车公司提供配套。星澜、云岫等一批具有影响力的显示产业龙头企业陆续来到青岚。禾丰半导体、鹿鸣科技等13家设计领域翘楚签约入园。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "澄宇" },
          { type: "enterprise", name: "星澜" },
          { type: "enterprise", name: "云岫" },
          { type: "enterprise", name: "鹿鸣科技" },
        ],
      },
      {
        // 客户 before the items says they are firms; a small-form semicolon (﹔) ends the clause like ；.
        text: "一是星澜装备的客户岚汐、昊岳、澄宇等半导体工厂都在园区﹔二是人才政策、住房保障降低了成本。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "澄宇" },
        ],
      },
      {
        // Firm ranks head a firm list (单项冠军, 小巨人, 独角兽, 瞪羚).
        text: "全市涌现出岚汐、昊岳、澄宇等多个“单项冠军”。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "澄宇" },
        ],
      },
      {
        // The subject joined to the first item by 与 is not part of it.
        text: "星澜集团与云岫、青禾、朗澈三大能源企业开展战略合作。",
        entities: [{ type: "enterprise", name: "云岫" }],
        absent: [{ type: "enterprise", name: "星澜集团与云岫" }],
      },
      {
        text: "今年，致力打造岚溪、鹭汀、澄宇等一批百亿级企业。",
        entities: [
          { type: "enterprise", name: "岚溪" },
          { type: "enterprise", name: "澄宇" },
        ],
      },
      {
        // A model or a facility a project builds is no firm.
        text: "推动云岫新能源、星澜S6车型、电池制造中心等项目落户。",
        entities: [{ type: "enterprise", name: "云岫新能源" }],
        absent: [
          { type: "enterprise", name: "星澜S6车型" },
          { type: "enterprise", name: "电池制造中心" },
        ],
      },
    ],
  },
  {
    id: "enterprise:list-lead",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.75,
    description: "以甲、乙为代表/龙头的…: the leading firms of a field",
    examples: [
      {
        // Names separated by spaces (a table or PDF copy): one list.
        text: "星澜集团 青禾股份 禾丰重工等企业入驻青松高新区。",
        entities: [{ type: "enterprise", name: "青禾股份" }],
      },
      {
        text: "该区围绕星渚汽车、云杉时代等龙头链主，精准开展产业链招商。",
        entities: [
          { type: "enterprise", name: "星渚汽车" },
          { type: "enterprise", name: "云杉时代" },
        ],
      },
      {
        // 为链主 closes the names as 为龙头 does (以甲、乙为链主，推动…产业链).
        text: "以星澜动力、青松船舶为链主，推动海洋装备产业链延链补链。",
        entities: [
          { type: "enterprise", name: "星澜动力" },
          { type: "enterprise", name: "青松船舶" },
        ],
      },
      {
        text: "以星澜光电、云岫光学为代表的光电产业集群。",
        entities: [
          { type: "enterprise", name: "星澜光电" },
          { type: "enterprise", name: "云岫光学" },
        ],
      },
      {
        // Industry words alone name kinds of firms.
        text: "入驻园区的食品、装备制造等企业从7户增长到46户。",
        absent: [{ type: "enterprise", name: "食品" }],
      },
      {
        // the subject's last word (产业集群以, 产业以) stays off the first firm
        text: "海洋装备产业集群以青岚科技股份有限公司、禾丰新材料有限公司为龙头，加快集聚发展。",
        absent: [{ type: "enterprise", name: "群以青岚科技股份有限公司" }],
      },
    ],
  },
  {
    id: "enterprise:cue-lead",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.75,
    description:
      "以X为龙头/代表/链主/首: one leading firm, or two joined by 和/与/及; a kind before them (一线品牌, 龙头企业) is cut",
    examples: [
      { text: "以星澜光电为龙头的光电产业。", entities: [{ type: "enterprise", name: "星澜光电" }] },
      { text: "它们以岚汐科技为首形成了一条电子信息产业链。", entities: [{ type: "enterprise", name: "岚汐科技" }] },
      {
        text: "酒业园区以知名品牌岚汐和昊岳为龙头。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "昊岳" },
        ],
      },
    ],
  },
  {
    id: "enterprise:list-one",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.55,
    description:
      "one name before 等 and a head that names firms, no 、 (甲乙等龙头企业带动…; 以甲乙等民营企业为骨干): a list of one, read with the list rules' cues and heads; a country before the name is dropped",
    examples: [
      {
        text: "装备制造、电子信息等新兴产业加快发展。禾丰铝业等龙头企业带动上下游配套企业协同发展。",
        entities: [{ type: "enterprise", name: "禾丰铝业" }],
      },
      {
        text: "形成了以青岚集团为龙头，以云岫钛业等民营企业为骨干的产业格局。新加坡星澜国际等世界500强企业入驻园区。",
        entities: [
          { type: "enterprise", name: "云岫钛业" },
          { type: "enterprise", name: "星澜国际" },
        ],
        absent: [{ type: "enterprise", name: "新加坡星澜国际" }],
      },
    ],
  },
  {
    id: "enterprise:cue-introduce",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.7,
    description: "吸引/引进/聚集X等…企业: one firm a zone attracted",
    examples: [{ text: "已聚集星澜光电等300余家零部件企业。", entities: [{ type: "enterprise", name: "星澜光电" }] }],
  },
  {
    id: "enterprise:platform-host",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.7,
    description:
      "the unit named right before a quoted platform (甲药业“某某工程中心”, 乙公司的“某某研究中心”, after a list mark or 分别是): a bare name that reads as a firm",
    examples: [
      {
        text: "获批的工程中心分别是：云岫碳芯“江苏省复合导线工程实验室”、星澜钢铁“江苏省冶金新材料工程中心”。",
        entities: [
          { type: "enterprise", name: "云岫碳芯" },
          { type: "enterprise", name: "星澜钢铁" },
        ],
      },
    ],
  },
  {
    id: "enterprise:country-list",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.7,
    description:
      "firms grouped by country, the groups set off by commas, before a head of leading or foreign firms (韩国甲，日本乙、丙，德国丁等世界500强): each item after its country, when it reads as a brand",
    examples: [
      {
        text: "韩国XLT，日本岚汐、QRN，德国星澜等世界500强在区内投资企业56家。",
        entities: [
          { type: "enterprise", name: "XLT" },
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "QRN" },
          { type: "enterprise", name: "星澜" },
        ],
      },
    ],
  },
  {
    id: "enterprise:counted-bracket",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.7,
    description:
      "链主企业3家（甲、乙、丙） / 龙头企业5家(…): the names a counted lead role lists in brackets are firms",
    examples: [
      {
        text: "储能电池产业链已集聚链主企业3家（星澜动力、禾丰锂电、云岫材料）。",
        entities: [
          { type: "enterprise", name: "星澜动力" },
          { type: "enterprise", name: "禾丰锂电" },
        ],
      },
    ],
  },
  {
    id: "enterprise:dash-apposition",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.7,
    description:
      "…企业——X / …龙头——X: the name a dash sets off after a firm word is that firm (it must read as a name)",
    examples: [
      {
        text: "该区成功引进了全球首家四证齐全的飞行器企业——岚溪智能，这将有力推动航空制造发展。",
        entities: [{ type: "enterprise", name: "岚溪智能" }],
      },
    ],
  },
  {
    id: "enterprise:cue-rely",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.55,
    description:
      "某开发区依托X、Y建设…: the firms a zone builds on; 依托X引进合作伙伴/配套企业: one proper name that brings in its partners",
    examples: [
      {
        text: "支持青禾经济开发区依托星澜光电、云岫汽车建设整车基地。",
        entities: [{ type: "enterprise", name: "云岫汽车" }],
      },
      {
        text: "依托岚汐引进新的合作伙伴，再引进一批关键部件生产企业。",
        entities: [{ type: "enterprise", name: "岚汐" }],
      },
    ],
  },
  {
    id: "enterprise:cue-ranked",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.65,
    description:
      "X入选/获评…企业 at a clause start; X成为/进入…冠军/N强/企业 and X是一家…企业 when X opens its clause and reads as a name",
    examples: [
      {
        // 成为/进入/是一家 are said of places too: the name must open its clause and read as a firm's, no place.
        text: "新增规上企业31家，星澜新材成为全省智能制造示范企业，云岫进入全省民企制造业100强。湖北禾丰传动是一家专业生产精密减速器的企业。宁国市成为全省唯一入围的综合10强县。",
        entities: [
          { type: "enterprise", name: "星澜新材" },
          { type: "enterprise", name: "云岫" },
          { type: "enterprise", name: "湖北禾丰传动" },
        ],
        absent: [{ type: "enterprise", name: "宁国市" }],
      },
      {
        text: "岚溪机械荣膺中国制造业“单项冠军”示范企业。",
        entities: [{ type: "enterprise", name: "岚溪机械" }],
      },
      {
        text: "培育规上工业企业15家；岚汐股份和云栖朗澈分别入选省级工业龙头企业。",
        entities: [
          { type: "enterprise", name: "岚汐股份" },
          { type: "enterprise", name: "云栖朗澈" },
        ],
      },
      {
        text: "营收过10亿元企业9家，星澜光电入选国家重点“小巨人”企业。",
        entities: [{ type: "enterprise", name: "星澜光电" }],
      },
      {
        text: "今年，岚溪电子、鹭汀纺织被认定为省级专精特新企业。",
        entities: [
          { type: "enterprise", name: "岚溪电子" },
          { type: "enterprise", name: "鹭汀纺织" },
        ],
      },
    ],
  },
  {
    id: "enterprise:invested",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    description: "引进投资N亿元的甲: what comes in after an investment amount, when it has no type suffix",
    examples: [
      {
        text: "园区成功引进投资30亿元的青禾精密、投资6.5亿元的白鹭机电。",
        entities: [
          { type: "enterprise", name: "青禾精密" },
          { type: "enterprise", name: "白鹭机电" },
        ],
      },
    ],
  },
  {
    id: "enterprise:project",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.5,
    alsoConfidence: [{ value: 0.75, when: "a mention found by a stronger rule" }],
    description: "X项目正在/已/落户… right after a clause break: the firm inside a project's name",
    examples: [
      { text: "在青禾产业城，星澜项目正在紧锣密鼓地建设。", entities: [{ type: "enterprise", name: "星澜" }] },
    ],
  },
  {
    id: "alias:declared",
    stage: "candidates",
    produces: ["park", "platform", "enterprise"],
    confidence: 0.85,
    description: "an abbreviation the text declares (…，简称“甲”) names the same entity",
    examples: [
      {
        text: "青禾汽车经济技术开发区（以下简称禾开区）位于城市北部。禾开区管辖2个街道。",
        entities: [{ type: "park", name: "青禾汽车经济技术开发区" }],
      },
    ],
  },
  {
    id: "list-typed:platform",
    stage: "typing",
    produces: ["platform"],
    confidence: 0.85,
    description: "a name in a 创新平台： list is a platform even when it ends in 园 (the guide's (*) rule)",
    examples: [
      {
        text: "创新平台：青禾海上综合试验场、云岫创新创业园、星澜智能装备研究院。",
        entities: [{ type: "platform", name: "云岫创新创业园" }],
      },
    ],
  },
  {
    id: "list-typed:enterprise",
    stage: "typing",
    produces: ["enterprise"],
    confidence: 0.8,
    description:
      "a research or design institute (…研究院, …研究所, …设计院) listed among firms (甲、乙研究院等…企业; 企业有：…) is a company, wherever else the text names it",
    examples: [
      {
        text: "园区已集聚云岫储能电池研究所、禾丰电子、青松精密等一批优质企业。云岫储能电池研究所去年产值过亿。",
        entities: [{ type: "enterprise", name: "云岫储能电池研究所" }],
        absent: [{ type: "platform", name: "云岫储能电池研究所" }],
      },
    ],
  },
  {
    id: "list-typed:park-bracket",
    stage: "typing",
    produces: ["park"],
    confidence: 0.85,
    description: "a name typed as a platform among bracketed parks (某处理中心(纺织印染)) is listed as a park",
    examples: [
      {
        text: "青禾产业转移工业园(海洋装备);云岫经济开发区(储能电池);星澜工业园区(智能传感);禾丰检测中心(纺织印染);",
        entities: [{ type: "park", name: "禾丰检测中心" }],
      },
    ],
  },
];

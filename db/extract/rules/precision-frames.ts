// Frame precision rules (typing stage, precision-frames.ts): the frame a
// candidate stands in says it is not a name of its type. Dropping filters emit
// nothing (their examples list what must not come out, `absent`); the place
// trim shortens an industry's name. Examples use invented names only.
import type { Rule } from "../registry.ts";

export const FRAME_RULES: readonly Rule[] = [
  {
    id: "filter:honour-frame",
    stage: "typing",
    produces: ["park", "platform", "cluster"],
    confidence: null,
    description:
      "a park, platform or industry named inside an honour's title — quoted before 称号/称谓 (荣获“甲”“乙”称号), or a list of titles after a receiving verb (先后获得甲、乙等称谓) — is the title's wording; the recipient outside the quotes is kept",
    examples: [
      {
        text: "海洋传感产业集群荣获“全省中小企业示范产业集群”称号。云岫县先后获得青禾医药城、省级云岫药品安全示范园区等称谓。",
        absent: [
          { type: "cluster", name: "示范" },
          { type: "park", name: "青禾医药城" },
          { type: "park", name: "省级云岫药品安全示范园区" },
        ],
      },
    ],
  },
  {
    id: "filter:cited-title",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "an industry inside a cited document's title (关于促进甲产业发展的实施意见, 关于…的通知/办法/方案) is that document's topic, not a cluster the text plans",
    examples: [
      {
        text: "附件：青岚市人民政府办公室关于促进储能电池产业发展的实施意见。",
        absent: [{ type: "cluster", name: "储能电池" }],
      },
    ],
  },
  {
    id: "filter:broken-list",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "a list item that runs into a clause (…持续打造, …近年来…坚持) ends the list: items a cue typed (主导产业为甲、乙、…) stop before it, items a head typed (…等产业集群) start after it",
    examples: [
      {
        text: "园区拥有青禾肉多、云岫、澄州火锅、禾澜鸭脖持续打造3个百亿级产业集群。主导产业为海洋传感、储能装备、纺织服饰近年来坚持把园区作为主战场、主平台。",
        absent: [
          { type: "cluster", name: "青禾肉多" },
          { type: "cluster", name: "澄州火锅" },
          { type: "cluster", name: "主平台" },
        ],
      },
    ],
  },
  {
    id: "filter:quality-list",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "a list ending in an adjective and 的 before the industry word (构建起特色鲜明、竞争力强的产业集群) lists qualities, not industries",
    examples: [
      {
        text: "该区逐步构建起特色鲜明、链条完整的产业集群。",
        absent: [
          { type: "cluster", name: "起特色鲜明" },
          { type: "cluster", name: "特色鲜明" },
        ],
      },
    ],
  },
  {
    id: "filter:action-industry",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "a verb that acts on an industry before 产业/产业链 (激活产业新动能, 发力产业链协作), a policy programme (乡村振兴产业, 招商引资产业), an activity (服务外包经济, 科普经济; the suffix rule's activity check, applied to every cluster rule) or a process done to a field (生态循环, 电池生产, 开发利用, 转型) is no industry's name",
    examples: [
      {
        text: "重点项目攻坚激活产业新动能，澄州发力产业链协作。",
        absent: [
          { type: "cluster", name: "激活" },
          { type: "cluster", name: "发力" },
        ],
      },
      {
        // Rural development work (农村物流, 农村电商, 农村文化产业) is a task of rural policy, not a sector.
        text: "加快培育农村物流、农村电商，带动农村文化产业发展。",
        absent: [
          { type: "cluster", name: "农村物流" },
          { type: "cluster", name: "农村电商" },
          { type: "cluster", name: "农村文化" },
        ],
      },
      {
        text: "助力乡村振兴产业，大力发展服务外包经济和科普经济。",
        absent: [
          { type: "cluster", name: "乡村振兴" },
          { type: "cluster", name: "服务外包经济" },
          { type: "cluster", name: "科普经济" },
        ],
      },
      {
        // A process done to a field (…生态循环, …生产, …开发利用) names the work, not a sector.
        text: "加快构建首尾相连的储能电池生态循环产业链，带动电池生产、电池回收等产业协同发展。",
        absent: [
          { type: "cluster", name: "储能电池生态循环" },
          { type: "cluster", name: "电池生产" },
        ],
      },
    ],
  },
  {
    id: "filter:name-reading",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "a cluster name in which the tagger reads no word that names a sector is what the clause said before the industry word: adjectives, distinguishers, numerals or pronouns alone (丰富产业), an adverb of two characters inside (管行业必须管产业), a count, a distribution or a pronoun opening it (一镇一产业, 多层级产业集群), an attribute noun in 性 (支柱性产业集群), or a verb before a generic object (孵化高端产业); a name ending in an industry head word (…加工, …制造) is kept",
    examples: [
      {
        text: "青禾县坚持管行业必须管产业，构建多层级产业集群，推进一镇一产业，打造三个支柱性产业集群，积极孵化高端产业。",
        absent: [
          { type: "cluster", name: "管行业必须管" },
          { type: "cluster", name: "多层级" },
          { type: "cluster", name: "一镇一" },
          { type: "cluster", name: "支柱性" },
          { type: "cluster", name: "孵化高端" },
        ],
      },
    ],
  },
  {
    id: "cluster:place-trim",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "an industry written with the document's own place before it (a county named three times or more, once with 县/市/区) drops the place (devset convention: 某县智能传感产业 → 智能传感); a place named once keeps it (it says whose cluster it is)",
    examples: [
      {
        // List items (the suffix rule cuts a place itself; a list item keeps it until this filter).
        text: "长兴县位于太湖南岸。长兴县主导产业为长兴智能传感、长兴新材料和长兴绿色家居。",
        entities: [{ type: "cluster", name: "智能传感" }],
        absent: [{ type: "cluster", name: "长兴智能传感" }],
      },
    ],
  },
  {
    id: "filter:title-after",
    stage: "typing",
    produces: ["park", "platform"],
    confidence: null,
    description:
      "a park or platform followed by 试点市/示范县/试点城市/创建单位 is the wording of a title the place holds (国家某某产业基地试点市), not a named park",
    examples: [
      {
        text: "澄州先后获批国家生态文明建设示范区、国家海洋装备产业基地试点市。",
        absent: [{ type: "park", name: "国家海洋装备产业基地" }],
      },
    ],
  },
  {
    id: "park:generic-tail",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a park name followed by the generic word 园区 (某某西园园区发展定位为…) ends before it: the name, then 'the park' as a common noun",
    examples: [
      {
        text: "三园包括青禾东园、青禾西园园区发展定位为产城融合。",
        entities: [{ type: "park", name: "青禾西园" }],
      },
    ],
  },
  {
    id: "filter:project-facility",
    stage: "typing",
    produces: ["park", "platform"],
    confidence: null,
    description:
      "what a project builds (项目…主要建设甲基地、乙研究中心等) are its facilities, not parks or platforms, unless a city or province names them",
    examples: [
      {
        text: "签约的云岫海洋食品项目总投资5亿元，主要建设海洋食品加工基地、海洋生物研究中心等。",
        absent: [{ type: "platform", name: "海洋生物研究中心" }],
      },
    ],
  },
];

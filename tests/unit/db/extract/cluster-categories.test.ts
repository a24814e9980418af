// Clusters listed under a head other than 产业 (板块, 赛道, 方向, N个方面…产业), and lists whose head
// names sub-fields or business formats (细分行业, 业态, 产业大脑). Every name is invented.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

const clusters = (text: string) => names(run(text), "cluster").sort();

describe("clusters under a category head (cluster:category-head)", () => {
  it("splits two counted groups of one list at the inner head (四个主导板块、…两个拓展板块)", () => {
    expect(
      clusters("园区形成了海洋装备、精密仪器、储能电池、光学材料四个主导板块、数字文旅和智慧康养两个拓展板块。"),
    ).toEqual(["储能电池", "光学材料", "海洋装备", "精密仪器", "数字文旅", "智慧康养"].sort());
  });

  it("reads 等重点赛道 and 等N个方面形成…产业基地 as industry heads", () => {
    expect(clusters("新区聚焦海洋装备、储能电池、光学材料等重点赛道，构建产业生态。")).toEqual(
      ["储能电池", "光学材料", "海洋装备"].sort(),
    );
    expect(clusters("目标是在禽类疫苗、海洋制药、精密仪器等三个方面形成特色产业基地。")).toEqual(
      ["海洋制药", "精密仪器", "禽类疫苗"].sort(),
    );
  });

  it("leaves heads of functions, regions and uncounted aspects alone", () => {
    expect(clusters("新城规划湖滨休闲、文化展示、生态体验三个功能板块。")).toEqual([]);
    expect(clusters("在人才培养、技术攻关等方面形成合力。")).toEqual([]);
  });

  it("needs the stated count to match the items", () => {
    expect(clusters("园区形成了海洋装备、精密仪器三个主导板块。")).toEqual([]);
  });
});

describe("lists of sub-fields and formats (filter:subfield-list)", () => {
  it("drops the items of 细分行业, 业态 and 产业大脑 heads", () => {
    expect(clusters("青禾装备制造产业形成以精密轴承、数控刀具、伺服电机等为主导的细分行业。")).toEqual([
      "青禾装备制造",
    ]);
    expect(clusters("新区重点发展仓储、冷链、会展等临港服务业业态。")).not.toContain("冷链");
    expect(clusters("重点打造海洋装备、储能电池等2个产业大脑。")).toEqual([]);
  });
});

describe("list heads and items around a cluster suffix", () => {
  it("takes a counted industry head before the role (以甲、乙、丙三大…产业为主导)", () => {
    const text =
      "以海洋装备、储能电池、光学材料三大战略性新兴产业和精密仪器、数字文旅两大青禾特色产业为主导的产业体系加快形成。";
    expect(clusters(text)).toEqual(["储能电池", "光学材料", "海洋装备", "精密仪器", "数字文旅"].sort());
  });

  it("ends a last item that runs on past its suffix into the verb (甲、乙产业集群加快突破)", () => {
    expect(clusters("推动海洋装备、储能电池产业集群加快突破百亿级规模。")).toEqual(["储能电池", "海洋装备"].sort());
  });

  it("reads no industry in a lead word alone (致力产业倍增)", () => {
    expect(clusters("示范区坚持项目为王、致力产业倍增。")).toEqual([]);
  });
});

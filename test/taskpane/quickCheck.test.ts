import { review } from "../../src/core";
import { quickCheck } from "../../src/commands/quickCheck";
import { scores, selfGrid, summaryGrid } from "../helpers/grids";
import { FakeGateway } from "./fakeGateway";

const grids = () => [
  summaryGrid([{ name: "四川省餐饮商会", stated: 480 }]),
  selfGrid("餐饮商会", "四川省餐饮商会", scores({ 3: 99 })),
];

describe("快速校验 ribbon command", () => {
  it("writes nothing, selects the first error cell and words the counts", async () => {
    const gw = new FakeGateway(grids());
    const r = review(grids());
    const first = r.issues.find((i) => i.severity === "error")!;
    await expect(quickCheck(gw, "zh")).resolves.toBe(`评审助手：${r.counts.errors} 处错误，${r.counts.warnings} 处警告。打开任务窗格查看详情。`);
    expect(gw.selected).toEqual([{ sheet: first.sheet, cell: first.cell }]);
    expect(gw.plans).toHaveLength(0);
  });

  it("uses the custom scheme kept in the workbook", async () => {
    const gw = new FakeGateway(grids());
    gw.schemeText = JSON.stringify({ extends: "sihao-2020", threshold: 0 });
    // Used, and named with its hash: the rules never change quietly.
    await expect(quickCheck(gw, "en")).resolves.toMatch(/^Scheme from the workbook: Four Goods chambers 2019–2020 \([0-9a-f]{8}\)\. Review Assistant: \d+ error/);
  });

  it("does not use a kept scheme claiming a built-in id, and says so", async () => {
    const gw = new FakeGateway(grids());
    gw.schemeText = JSON.stringify({ extends: "sihao-2020", id: "sihao-2020", threshold: 0 });
    const r = review(grids());
    await expect(quickCheck(gw, "zh")).resolves.toBe(
      `本工作簿中保存的自定义评审方案已无法使用，已改为自动识别。评审助手：${r.counts.errors} 处错误，${r.counts.warnings} 处警告。打开任务窗格查看详情。`,
    );
  });
});

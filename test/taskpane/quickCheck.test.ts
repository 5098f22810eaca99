/** 快速校验 through the real Office.js adapter on the local Excel host: counts worded, the first error selected, nothing written. */
import { quickCheck } from "../../src/commands/quickCheck";
import { scores, selfGrid, summaryGrid } from "../helpers/grids";
import { setup } from "../excel/helpers";

// One chamber: item 3 scored 99 over its maximum (an error); no quota anywhere (a warning).
const grids = () => [summaryGrid([{ name: "四川省餐饮商会", stated: 480 }]), selfGrid("餐饮商会", "四川省餐饮商会", scores({ 3: 99 }))];

describe("快速校验 ribbon command", () => {
  it("writes nothing, selects the first error cell and words the counts", async () => {
    const { host, gw } = setup(grids());
    const before = host.snapshot();
    await expect(quickCheck(gw, "zh")).resolves.toBe("评审助手：1 处错误，1 处警告。打开任务窗格查看详情。");
    expect(host.selection).toEqual({ sheet: "餐饮商会", address: "餐饮商会!E6" });
    expect(host.snapshot()).toEqual(before);
  });

  it("uses the custom scheme kept in the workbook, named with its hash", async () => {
    const { gw } = setup(grids());
    await gw.saveSchemeText(JSON.stringify({ extends: "sihao-2020", threshold: 0 }));
    await expect(quickCheck(gw, "en")).resolves.toBe(
      "Scheme from the workbook: Four Goods chambers 2019–2020 (904258d7). Review Assistant: 1 error(s), 1 warning(s). Open the task pane for details.",
    );
  });

  it("does not use a kept scheme claiming a built-in id, and says so", async () => {
    const { gw } = setup(grids());
    await gw.saveSchemeText(JSON.stringify({ extends: "sihao-2020", id: "sihao-2020", threshold: 0 }));
    await expect(quickCheck(gw, "zh")).resolves.toBe("本工作簿中保存的自定义评审方案已无法使用，已改为自动识别。评审助手：1 处错误，1 处警告。打开任务窗格查看详情。");
  });
});

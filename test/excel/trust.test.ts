/**
 * Deadline-day trust, through Microsoft's runtime on the local host: a fill that fails with
 * Excel gone keeps its record and says so; undo keeps and lists what the user changed, works
 * after the pane is reopened, refuses when the workbook changed shape; a protected 自评表 does
 * not block the summary; a 校验报告 of the user's is never written over.
 */
import { MEMO_NAMESPACE, SCHEME_SETTING, UNDO_NAMESPACE, WritePlan, buildWritePlan, gridFromValues, review, strings } from "../../src/core";
import { gridToValues, memoFromXml, setCell } from "../../src/core/testing";
import { quickCheck } from "../../src/commands/quickCheck";
import { ExcelAdapterError, OfficeWorkbook } from "../../src/excel";
import { connect } from "../../tools/excel-host/runtime";
import { seen, setup } from "./helpers";
import { provinceWorkbook } from "./workbook";

const NOW = new Date(2020, 9, 15, 9, 30);
const SUMMARY = "推荐名单汇总表";

function planFor(grids: Parameters<typeof review>[0]): WritePlan {
  return buildWritePlan(review(grids), { now: NOW, fillStatedTotals: true });
}

describe("a fill whose writes fail", () => {
  test("with every later sync failing too: the record stays in the workbook and the message says what was not put back", async () => {
    const grids = provinceWorkbook();
    const { host, gw, url } = setup(grids);
    const before = seen(host);
    host.resetStats();
    // Syncs 1 and 2 read; the writes start at sync 3 and from then on Excel answers nothing but errors.
    host.fault = { sync: 3, action: 80, code: "GeneralException", every: true };
    const err = (await gw.fill(planFor(grids)).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("WRITE_FAILED");
    const zh = err.text("zh");
    expect(zh).toBe(
      '写入时出错：Excel 内部出错（GeneralException）。部分内容未能恢复："推荐名单汇总表"、"温州商会"的单元格、问题标记、"校验报告"工作表、标记记录。撤销记录已保存在工作簿中，请稍后选择"撤销上次填写"完成恢复。',
    );
    // Excel's own English message stays out of the Chinese text; the English one may carry it.
    expect(zh).not.toContain("Injected");
    expect(err.text("en")).toContain("Some content could not be put back");
    expect(host.partsIn(UNDO_NAMESPACE).length).toBeGreaterThan(0);
    expect(gw.canUndo()).toBe(true);

    // Excel answers again; the pane is reopened: undo puts the workbook back from the kept record.
    host.fault = null;
    const reopened = new OfficeWorkbook({ session: url });
    expect(await reopened.refreshUndo()).toBe(true);
    const outcome = await reopened.undo();
    expect(outcome.kept).toEqual([]);
    expect(seen(host)).toEqual(before);
    expect(host.partsIn(UNDO_NAMESPACE)).toHaveLength(0);
  });
});

describe("undo", () => {
  test("keeps and lists the cells the user changed after the fill: a typed decision, a recoloured mark, a comment in the report", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    await gw.fill(planFor(grids));
    expect(host.value(SUMMARY, "J5")).toBe("合格");
    expect(host.fill("江西商会", "E5")).toBe("#FFC7CE");
    host.sheet(SUMMARY)!.touch(4, 9).value = "复核后合格";
    host.sheet("江西商会")!.touch(4, 4).fill = "#0070C0";
    host.sheet("校验报告")!.touch(11, 5).value = "已电话核实";

    const outcome = await gw.undo();
    expect(outcome.kept).toEqual(["推荐名单汇总表!J5", "江西商会!E5", "校验报告!F12"]);
    expect(outcome.reportKept).toBe("校验报告");
    expect(strings("zh").trust.undo.kept(outcome.kept.length, outcome.kept)).toBe(
      "已保留您在填写后修改的 3 个单元格：推荐名单汇总表!J5、江西商会!E5、校验报告!F12",
    );
    // The user's three edits stay; the column keeping a value keeps its label; everything else of the fill is gone.
    expect(host.value(SUMMARY, "J5")).toBe("复核后合格");
    expect(host.value(SUMMARY, "J3")).toBe("资格审查");
    expect(host.value(SUMMARY, "G3")).toBe("");
    expect(host.value(SUMMARY, "J4")).toBe("");
    expect(host.fill("江西商会", "E5")).toBe("#0070C0");
    expect(host.fill("江西商会", "E7")).toBeNull();
    expect(host.value("校验报告", "F12")).toBe("已电话核实");
    expect(host.partsIn(UNDO_NAMESPACE)).toHaveLength(0);
    expect(gw.canUndo()).toBe(false);

    // What stayed is the user's now: the next fill writes over neither the kept report nor the kept column.
    const again = await gw.fill(planFor(await gw.read()));
    expect(again.notes).toEqual([
      { kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (2)" },
      { kind: "columnMoved", sheet: SUMMARY, label: "资格审查", newLabel: "资格审查【评审助手】", userColumn: "J" },
    ]);
    expect(host.value(SUMMARY, "J5")).toBe("复核后合格");
    expect(host.value("校验报告", "F12")).toBe("已电话核实");
  });

  test("works after the pane is closed and reopened: the record lives in the workbook", async () => {
    const grids = provinceWorkbook();
    const { host, gw, url } = setup(grids);
    const before = seen(host);
    await gw.fill(planFor(grids));
    const reopened = new OfficeWorkbook({ session: url });
    expect(reopened.canUndo()).toBe(false);
    expect(await reopened.refreshUndo()).toBe(true);
    expect(reopened.canUndo()).toBe(true);
    await reopened.undo();
    expect(seen(host)).toEqual(before);
    expect(await reopened.refreshUndo()).toBe(false);
  });

  test("is refused with the reason when a sheet the fill wrote was renamed, and works once it is named back", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    const before = seen(host);
    await gw.fill(planFor(grids));
    host.sheet("江西商会")!.name = "江西商会（改）";
    const filled = host.snapshot();
    const err = (await gw.undo().catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("UNDO_SHEET_GONE");
    expect(err.text("zh")).toBe(
      '无法撤销上次填写：工作表"江西商会"在填写后已被改名或删除，工作簿的结构与填写时不同。撤销记录仍保留；把工作表名改回"江西商会"后可再撤销。工作簿未做任何修改。',
    );
    expect(host.snapshot()).toEqual(filled);
    host.sheet("江西商会（改）")!.name = "江西商会";
    await gw.undo();
    expect(seen(host)).toEqual(before);
  });
});

describe("undo names every edit it keeps", () => {
  test("a rank typed into the blank 组内排名 of a 待核 entry stays and is listed", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    await gw.fill(planFor(grids));
    expect(host.value(SUMMARY, "J4")).toBe("待核");
    expect(host.value(SUMMARY, "K4")).toBe("");
    host.sheet(SUMMARY)!.touch(3, 10).value = 2;
    const outcome = await gw.undo();
    expect(outcome.kept).toEqual(["推荐名单汇总表!K4"]);
    expect(host.value(SUMMARY, "K4")).toBe(2);
    expect(host.value(SUMMARY, "K3")).toBe("组内排名");
    expect(host.value(SUMMARY, "J4")).toBe("");
  });

  test("after a second fill, a mark painted again and recoloured since is kept and listed", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    await gw.fill(planFor(grids));
    await gw.fill(planFor(await gw.read()));
    host.sheet("江西商会")!.touch(4, 4).fill = "#0070C0";
    const outcome = await gw.undo();
    expect(outcome.kept).toEqual(["江西商会!E5"]);
    expect(host.fill("江西商会", "E5")).toBe("#0070C0");
  });
});

describe("protection and what belongs to the user", () => {
  test("a protected 自评表 does not block the summary: results and report are written, its marks skipped with one note", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    host.sheet("江西商会")!.protected = true;
    const outcome = await gw.fill(planFor(grids));
    expect(outcome.notes).toEqual([{ kind: "lockedSkipped", sheets: ["江西商会"] }]);
    expect(strings("zh").trust.notes.lockedSkipped(["江西商会"])).toBe(
      '工作表"江西商会"受保护，未在其中标记问题单元格（其余结果已写入）。如需标记，请撤销保护后再填写。',
    );
    expect(host.value(SUMMARY, "J4")).toBe("待核");
    expect(host.value("校验报告", "A1")).toBe("评审助手 校验报告");
    expect(host.fill("江西商会", "E5")).toBeNull();
    expect(host.fill("科技装备业商会", "E11")).toBe("#FFC7CE");
    const memo = memoFromXml(host.partsIn(MEMO_NAMESPACE)[0].xml);
    expect(memo.highlights.some((m) => m.sheet === "江西商会")).toBe(false);
  });

  test("a protected report sheet of ours still refuses before anything is written", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    await gw.fill(planFor(grids));
    host.sheet("校验报告")!.protected = true;
    const filled = host.snapshot();
    const err = (await gw.fill(planFor(grids)).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("SHEET_PROTECTED");
    expect(host.snapshot()).toEqual(filled);
  });

  test("a 校验报告 of the user's is left alone: the report goes to 校验报告 (2), and stays there", async () => {
    const grids = [...provinceWorkbook(), gridFromValues("校验报告", [["我的审核意见"], ["第 3 家需补材料"]])];
    const { host, gw } = setup(grids);
    const first = await gw.fill(planFor(grids));
    expect(first.notes).toEqual([{ kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (2)" }]);
    expect(gridToValues(host.grid("校验报告"))).toEqual([["我的审核意见"], ["第 3 家需补材料"]]);
    expect(host.value("校验报告 (2)", "A1")).toBe("评审助手 校验报告");
    const second = await gw.fill(planFor(await gw.read()));
    expect(second.notes).toEqual([{ kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (2)" }]);
    expect(host.sheetNames().filter((n) => n.startsWith("校验报告"))).toEqual(["校验报告", "校验报告 (2)"]);
    expect(memoFromXml(host.partsIn(MEMO_NAMESPACE)[0].xml).reports).toEqual(["校验报告 (2)"]);
  });

  test("a result-column header on a user column holding data is never written over; an empty one is taken", async () => {
    const grids = provinceWorkbook();
    // The office's own 核验总分 with its figures, and an empty 名额内 column prepared by hand.
    setCell(grids[0], 2, 6, "核验总分");
    setCell(grids[0], 2, 7, "名额内");
    setCell(grids[0], 3, 6, 431);
    const { host, gw } = setup(grids);
    const outcome = await gw.fill(planFor(grids));
    expect(outcome.notes).toEqual([{ kind: "columnMoved", sheet: SUMMARY, label: "核验总分", newLabel: "核验总分【评审助手】", userColumn: "G" }]);
    expect(host.value(SUMMARY, "G4")).toBe(431);
    expect(host.value(SUMMARY, "H3")).toBe("名额内");
    expect(host.value(SUMMARY, "H5")).toBe("是");
    const header = gridToValues(host.grid(SUMMARY))[2];
    expect(header.filter((v) => v === "核验总分【评审助手】")).toHaveLength(1);
    // Filling again reuses our column: no third 核验总分 appears.
    await gw.fill(planFor(await gw.read()));
    expect(gridToValues(host.grid(SUMMARY))[2]).toEqual(header);
  });
});

describe("a scheme kept in the workbook", () => {
  test("claiming the built-in id sihao-2020 is not used: the 快速校验 through Excel says so and keeps the notice's rules", async () => {
    const grids = provinceWorkbook();
    const { host } = setup(grids);
    // Settings are read when the document opens: store the scheme, then open.
    const open = () => new OfficeWorkbook({ session: connect(host, { sets: { ExcelApi: "1.20" } }).url });
    host.settings.set(SCHEME_SETTING, JSON.stringify({ extends: "sihao-2020", id: "sihao-2020", threshold: 0, vetoCount: null }));
    const builtin = review(grids);
    const text = await quickCheck(open(), "zh");
    expect(text).toBe(`本工作簿中保存的自定义评审方案已无法使用，已改为自动识别。评审助手：${builtin.counts.errors} 处错误，${builtin.counts.warnings} 处警告。打开任务窗格查看详情。`);
    // With its own id it is used, and named with its hash.
    host.settings.set(SCHEME_SETTING, JSON.stringify({ extends: "sihao-2020", id: "sihao-lenient", threshold: 0, vetoCount: null }));
    expect(await quickCheck(open(), "zh")).toMatch(/^方案来自工作簿：四好商会认定 2019—2020（[0-9a-f]{8}）。评审助手：/);
  });
});

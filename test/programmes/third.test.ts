/**
 * A third review programme, registered by the test suite alone (a pass/fail checklist,
 * test/programmes/checklist/), through every edge: the engine, detection, the CLI's check,
 * fill, consolidate and template, the file adapter and the Office.js adapter on the local
 * Excel host. Nothing in src/ knows it exists.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BUILTIN_SCHEMES, Grid, buildWritePlan, cellAt, detect, gridFromValues, issueMessage, loadScheme, registerProgramme, review, templateSheets, toJsonReport, unregisterProgramme, type PlanValue, type Scheme } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import { createXlsx, openXlsx } from "../../src/xlsx";
import { cli, grids as gridsOf, json, sheet } from "../cli/helpers";
import { setup } from "../excel/helpers";
import { checklistProgramme } from "./checklist/programme";
import { CHECKLIST_DEMO } from "./checklist/scheme";

const NOW = new Date(2021, 2, 15, 9, 30);

beforeAll(() => registerProgramme(checklistProgramme));
afterAll(() => unregisterProgramme("checklist"));

/** A list as an office would keep it: a title, the header, four units. */
function listGrid(): Grid {
  return gridFromValues("检查清单", [
    ["2021 年度合规检查"],
    ["单位名称", "年检", "财务审计", "按期换届", "备注"],
    ["甲商会", "是", "是", "是", null],
    ["乙商会", "是", "否", "是", "审计未完成"],
    ["丙商会", "通过", "✓", "否", null],
    ["丁商会", "是", "待定", "是", null],
  ]);
}

/** A grid's cells as a sheet to create (the test workbooks hold no booleans). */
const planValues = (g: Grid): PlanValue[][] => gridToValues(g) as PlanValue[][];

function folderWith(files: Record<string, Grid[]>): string {
  const dir = mkdtempSync(join(tmpdir(), "ra-third-"));
  for (const [name, grids] of Object.entries(files)) {
    writeFileSync(join(dir, name), createXlsx(grids.map((g) => ({ name: g.name, values: planValues(g), merges: [], widths: [] }))));
  }
  return dir;
}

describe("a third programme registered in one line", () => {
  test("its built-in scheme is offered, and schemes extend it like any other", async () => {
    expect(BUILTIN_SCHEMES.map((s) => s.id)).toEqual(["sihao-2020", "chuangxin-2021", "checklist-demo"]);
    const custom = await loadScheme({ extends: "checklist-demo", id: "checklist-strict", items: [{ name: "年检", required: true }] });
    expect(custom.ok).toBe(true);
    const bad = await loadScheme({ extends: "checklist-demo", items: [] });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(["items"]);
  });

  test("the engine reads and judges it: verdicts, its own codes and reasons, the counts", () => {
    const r = review([listGrid()]);
    expect(r.scheme.id).toBe("checklist-demo");
    expect(r.entries.map((e) => [e.name, e.status, e.reasons.map((x) => x.code)])).toEqual([
      ["甲商会", "qualified", []],
      ["乙商会", "disqualified", ["CHECK_FAILED"]],
      ["丙商会", "qualified", []],
      ["丁商会", "pending", []],
    ]);
    expect(r.issues.map((i) => [i.severity, i.code, i.cell, issueMessage(i)])).toEqual([["error", "CHECK_UNREADABLE", "C6", '"财务审计"应填"是"或"否"，现为"待定"']]);
    expect(r.counts).toEqual({ entries: 4, qualified: 2, disqualified: 1, pending: 1, errors: 1, warnings: 0 });
  });

  test("detection says which scheme matched and why; a scheme given is tried before the built-ins", async () => {
    const d = detect([gridFromValues("说明", [["无关"]]), listGrid()]);
    expect([d.scheme.id, d.by, d.sighting, d.passed.map((s) => s.id)]).toEqual([
      "checklist-demo",
      "builtin",
      { sheet: "检查清单", sheetKind: "list" },
      ["sihao-2020", "chuangxin-2021"],
    ]);
    // A list headed 单位 is nobody's until a scheme with that alias is tried first.
    const renamed = gridFromValues("清单", [["单位", "年检", "财务审计"], ["甲商会", "是", "是"]]);
    expect(detect([renamed]).by).toBe("none");
    const own = await loadScheme({ extends: "checklist-demo", id: "checklist-unit", headers: { list: { name: ["单位"] } } });
    if (!own.ok) throw new Error("scheme refused");
    const mine = detect([renamed], [own.scheme]);
    expect([mine.scheme.id, mine.by, mine.sighting]).toEqual(["checklist-unit", "candidate", { sheet: "清单", sheetKind: "list" }]);
    expect(review([renamed], { candidates: [own.scheme] }).entries.map((e) => [e.name, e.status])).toEqual([["甲商会", "qualified"]]);
  });

  test("its workbook checked under another programme's scheme is named in its own words", () => {
    const r = review([listGrid()], { scheme: BUILTIN_SCHEMES[0] });
    expect(r.issues.map((i) => [i.code, issueMessage(i)])).toEqual([
      ["SCHEME_MISMATCH", '这是"合规检查清单"工作簿，当前方案为"四好"商会认定。请改用"合规检查清单"评审方案（checklist-demo）后再校验'],
    ]);
  });

  test("the write plan: its result columns after the header, 校验说明 in words, the error cell marked", () => {
    const plan = buildWritePlan(review([listGrid()]), { now: NOW });
    expect(plan.blocks).toEqual([
      { sheet: "检查清单", row: 1, col: 5, values: [["通过项数", "资格审查", "校验说明"]] },
      {
        sheet: "检查清单",
        row: 2,
        col: 5,
        values: [
          [3, "合格", null],
          [2, "不合格", '必查项"财务审计"未通过'],
          [2, "合格", null],
          [null, "待核", '"财务审计"应填"是"或"否"，现为"待定"'],
        ],
      },
    ]);
    expect(plan.highlights).toEqual([{ sheet: "检查清单", row: 5, col: 2, severity: "error", color: "#FFC7CE" }]);
  });

  test("JSON: its fields between name and status", () => {
    const j = toJsonReport(review([listGrid()]), { file: "x.xlsx" });
    expect(j.entries[1]).toEqual({
      sheet: "检查清单",
      row: 4,
      name: "乙商会",
      passed: 2,
      failed: ["财务审计"],
      status: "disqualified",
      reasons: ["CHECK_FAILED"],
      reasonMessages: ['必查项"财务审计"未通过'],
      rank: null,
    });
    expect(j.schemeSource).toBe("builtin");
  });
});

describe("the third programme through the command line and the file adapter", () => {
  test("template, then check and fill what was typed into it", async () => {
    const dir = folderWith({});
    const t = await cli(["template", "--scheme", "checklist-demo", "-o", "blank.xlsx"], dir);
    expect([t.code, t.stdout]).toEqual([0, "已写入空白模板（年度合规检查清单）：blank.xlsx\n"]);
    expect(gridToValues(sheet(join(dir, "blank.xlsx"), "检查清单"))).toEqual([["单位名称", "年检", "财务审计", "按期换届"]]);

    // What the template becomes once filled in: read back by its own scheme, detected.
    const typed = gridsOf(join(dir, "blank.xlsx"))[0];
    const rows = [...planValues(typed), ["甲商会", "是", "是", "否"], ["乙商会", "否", "是", "是"]];
    writeFileSync(join(dir, "filled-in.xlsx"), createXlsx([{ name: "检查清单", values: rows, merges: [], widths: [] }]));
    const check = await cli(["check", "filled-in.xlsx"], dir);
    expect(check.code).toBe(0);
    expect(check.stdout.split("\n").slice(0, 9)).toEqual([
      "评审方案：年度合规检查清单（checklist-demo，自动识别）",
      "文件：filled-in.xlsx",
      '识别依据：工作表"检查清单"是检查清单，按评审方案 checklist-demo 读取；已试未符：sihao-2020、chuangxin-2021',
      "",
      "单位    通过项  资格审查  排名  不合格原因",
      "甲商会       2  合格",
      '乙商会       2  不合格          必查项"年检"未通过',
      "",
      "问题（按工作表）",
    ]);

    const fill = await cli(["fill", "filled-in.xlsx", "-o", "out.xlsx", "--json"], dir);
    expect(json(fill).entries.map((e) => [e.name, e.passed, e.status])).toEqual([
      ["甲商会", 2, "qualified"],
      ["乙商会", 2, "disqualified"],
    ]);
    const out = sheet(join(dir, "out.xlsx"), "检查清单");
    expect(gridToValues(out)).toEqual([
      ["单位名称", "年检", "财务审计", "按期换届", "通过项数", "资格审查", "校验说明"],
      ["甲商会", "是", "是", "否", 2, "合格"],
      ["乙商会", "否", "是", "是", 2, "不合格", '必查项"年检"未通过'],
    ]);
    expect(cellAt(sheet(join(dir, "out.xlsx"), "校验报告"), 1, 1)).toBe("年度合规检查清单（checklist-demo）");
    // Filling the filled workbook again changes nothing: its own result columns are found again.
    await cli(["fill", "out.xlsx", "-o", "again.xlsx"], dir);
    expect(gridToValues(sheet(join(dir, "again.xlsx"), "检查清单"))).toEqual(gridToValues(out));
  });

  test("the file adapter marks the cell in error", async () => {
    const dir = folderWith({ "list.xlsx": [listGrid()] });
    await cli(["fill", "list.xlsx", "-o", "out.xlsx"], dir);
    const book = openXlsx(new Uint8Array(readFileSync(join(dir, "out.xlsx"))));
    expect(book.cellFills()).toEqual([{ sheet: "检查清单", cell: "C6", fill: "#FFC7CE" }]);
  });

  test("consolidate gathers every source's units into one list it reads again", async () => {
    const a = gridFromValues("清单", [["单位名称", "年检", "财务审计", "按期换届"], ["甲商会", "是", "是", "是"]]);
    const b = gridFromValues("Sheet1", [["名称", "财务审计", "年检"], ["乙商会", "否", "是"]]);
    const dir = folderWith({ "a.xlsx": [a], "b.xlsx": [b] });
    const run = await cli(["consolidate", "a.xlsx", "b.xlsx", "-o", "all.xlsx", "--json"], dir);
    // b.xlsx has no 按期换届 column: the blank it leaves in the list is told, not taken as a pass.
    expect([run.code, run.stderr]).toEqual([1, ""]);
    expect(json(run).issues.map((i) => [i.code, i.cell, i.message])).toEqual([["CHECK_UNREADABLE", "D3", '"按期换届"应填"是"或"否"，现为""']]);
    expect(json(run).entries.map((e) => [e.name, e.status])).toEqual([
      ["甲商会", "qualified"],
      ["乙商会", "disqualified"],
    ]);
    expect(gridToValues(sheet(join(dir, "all.xlsx"), "检查清单"))).toEqual([
      ["单位名称", "年检", "财务审计", "按期换届", "来源文件", "通过项数", "资格审查", "校验说明"],
      ["甲商会", "是", "是", "是", "a.xlsx", 3, "合格"],
      ["乙商会", "是", "否", null, "b.xlsx", null, "不合格", '必查项"财务审计"未通过；"按期换届"应填"是"或"否"，现为""'],
    ]);
  });
});

describe("the third programme through the Office.js adapter on the local Excel host", () => {
  test("fill writes the same cells and marks as the file adapter; undo puts everything back", async () => {
    const grids = [listGrid()];
    const { host, gw } = setup(grids);
    const before = host.snapshot();
    const read = await gw.read();
    const plan = buildWritePlan(review(read), { now: NOW });
    await gw.fill(plan);
    expect(gridToValues(host.grid("检查清单")).map((r) => r.slice(5))).toEqual([
      [],
      ["通过项数", "资格审查", "校验说明"],
      [3, "合格"],
      [2, "不合格", '必查项"财务审计"未通过'],
      [2, "合格"],
      [null, "待核", '"财务审计"应填"是"或"否"，现为"待定"'],
    ]);
    expect(host.fill("检查清单", "C6")).toBe("#FFC7CE");
    expect(cellAt(host.grid("校验报告"), 1, 1)).toBe("年度合规检查清单（checklist-demo）");
    await gw.undo();
    expect(host.snapshot()).toEqual(before);
  });

  test("the pane's 插入空白模板 inserts its template", async () => {
    const { host, gw } = setup([gridFromValues("Sheet1", [["x"]])]);
    const scheme = BUILTIN_SCHEMES.find((s) => s.id === "checklist-demo") as Scheme;
    expect(await gw.insertTemplate(templateSheets(scheme))).toEqual(["检查清单"]);
    expect(gridToValues(host.grid("检查清单"))).toEqual([["单位名称", "年检", "财务审计", "按期换届"]]);
    expect(CHECKLIST_DEMO.items).toHaveLength(3);
  });
});

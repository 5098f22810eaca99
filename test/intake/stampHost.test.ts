/** 发送前检查 and the 校验记录 stamp through Microsoft's Office.js runtime, and the CLI's verdict on the same workbook. */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CheckKey, CheckState, Grid, PlanValue, QUOTA_SETTING, SheetSpec, stampMessage, strings } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import { OfficeWorkbook } from "../../src/excel";
import { connect } from "../../tools/excel-host/runtime";
import { createXlsx } from "../../src/xlsx";
import { runPreflight, writeStamp } from "../../src/taskpane/stamping";
import { cli, json, withSetting } from "../cli/helpers";
import { setup } from "../excel/helpers";
import { badBook, blankBook, goodBook } from "../preflight/fixtures";

const NOW = new Date(2026, 11, 2, 11, 0);

function states(items: { key: CheckKey; state: CheckState }[]): string {
  return items.map((i) => `${i.key}:${i.state}`).join(" ");
}

function spec(g: Grid): SheetSpec {
  return { name: g.name, values: gridToValues(g) as PlanValue[][], merges: g.merges ?? [], widths: [] };
}

describe("发送前检查 on the local host", () => {
  test("good, bad and blank workbooks", async () => {
    const good = await runPreflight(setup(goodBook()).gw, null, "zh");
    expect(good.checklist.ready).toBe(true);
    expect(states(good.checklist.items)).toBe("sheets:pass name:pass contact:pass scores:pass totals:pass status:pass textLimits:na quota:pass");
    const bad = await runPreflight(setup(badBook()).gw, null, "zh");
    expect(bad.checklist.ready).toBe(false);
    expect(states(bad.checklist.items)).toBe("sheets:pass name:fail contact:fail scores:fail totals:pass status:fail textLimits:na quota:pass");
    expect(bad.checklist.items[2].points.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["甲商会!D2", "甲商会!F2"]);
    const blank = await runPreflight(setup(blankBook()).gw, null, "zh");
    expect(blank.checklist.ready).toBe(false);
    expect(states(blank.checklist.items)).toBe("sheets:fail name:pass contact:na scores:pass totals:pass status:na textLimits:na quota:na");
  });

  test("no stamp is written when the check fails", async () => {
    const { host, gw } = setup(badBook());
    expect(await writeStamp(gw, await runPreflight(gw, null, "zh"), NOW, "zh")).toEqual({ refused: "notReady" });
    expect(host.sheetNames()).not.toContain("校验记录");
  });
});

describe("校验记录 written in the pane, read by the pane and by the CLI", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "ra-stamp-host-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cliStamp(grids: Grid[], file: string): Promise<unknown> {
    writeFileSync(join(dir, file), createXlsx(grids.map(spec)));
    return json(await cli(["check", file, "--json"], dir)).stamp;
  }

  test("stamp written, one score cell edited: both name that sheet; unedited: both say it matches", async () => {
    const { host, gw } = setup(goodBook());
    expect(await writeStamp(gw, await runPreflight(gw, null, "zh"), NOW, "zh")).toEqual({ sheet: "校验记录" });
    expect(host.value("校验记录", "A1")).toBe("校验记录（评审助手）");
    expect(host.value("校验记录", "B3")).toBe("2026-12-02 11:00");

    const same = await runPreflight(gw, null, "zh");
    const sameVerdict = { present: same.stamp.present, matches: same.stamp.matches, changedSheets: same.stamp.changedSheets };
    expect(sameVerdict).toEqual({ present: true, matches: true, changedSheets: [] });
    expect(await cliStamp(same.grids, "same.xlsx")).toEqual({ ...sameVerdict, changedSettings: [], unverifiedSettings: [] });

    // The clerk changes 甲商会's item 2 (E5) from 15 to 12 after the check.
    host.sheet("甲商会")!.touch(4, 4).value = 12;
    const edited = await runPreflight(gw, null, "zh");
    const editedVerdict = { present: edited.stamp.present, matches: edited.stamp.matches, changedSheets: edited.stamp.changedSheets };
    expect(editedVerdict).toEqual({ present: true, matches: false, changedSheets: ["甲商会"] });
    expect(await cliStamp(edited.grids, "edited.xlsx")).toEqual({ ...editedVerdict, changedSettings: [], unverifiedSettings: [] });

    // A new stamp replaces ours rather than adding a second.
    expect(await writeStamp(gw, edited, NOW, "zh")).toEqual({ sheet: "校验记录" });
    expect(host.sheetNames().filter((n) => n.startsWith("校验记录"))).toEqual(["校验记录"]);
    expect((await runPreflight(gw, null, "zh")).stamp.matches).toBe(true);

    // Ours with a note of the user's typed in is his: it is not replaced, and the pane says why.
    host.sheet("校验记录")!.touch(3, 3).value = "已核对，张三";
    const noted = await runPreflight(gw, null, "zh");
    expect(await writeStamp(gw, noted, NOW, "zh")).toEqual({ refused: "edited", sheet: "校验记录" });
    expect(host.value("校验记录", "D4")).toBe("已核对，张三");
    expect(strings("zh").preflight.stamp.edited("校验记录")).toBe('工作表"校验记录"是以前的校验记录，但其中有改动，未替换它。请把要保留的内容移到别处并删除这张表后，再写入校验记录。');
  });

  test("quotas set in the pane after the stamp: the pane and the CLI both say the setting changed", async () => {
    const { host, gw } = setup(goodBook());
    await writeStamp(gw, await runPreflight(gw, null, "zh"), NOW, "zh");
    // Settings are read when the document opens: set them, then open again.
    host.settings.set(QUOTA_SETTING, { every: 1, groups: {} });
    const reopened = new OfficeWorkbook({ session: connect(host, { sets: { ExcelApi: "1.20" } }).url });
    const run = await runPreflight(reopened, null, "zh");
    expect(run.stamp).toMatchObject({ present: true, matches: false, changedSheets: [], changedSettings: ["quotas"] });
    expect(stampMessage(run.stamp, "zh")).toBe("自上次校验后，以下设置有改动：任务窗格中设置的名额");
    writeFileSync(join(dir, "pane.xlsx"), createXlsx(run.grids.map(spec)));
    const file = withSetting(dir, "pane.xlsx", "pane-quotas.xlsx", QUOTA_SETTING, { every: 1, groups: {} });
    expect(json(await cli(["check", file, "--json"], dir)).stamp).toEqual({ present: true, matches: false, changedSheets: [], changedSettings: ["quotas"], unverifiedSettings: [] });
  });
});

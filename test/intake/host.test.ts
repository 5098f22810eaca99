/** 导入工作簿 through Microsoft's Office.js runtime on the local host (the pane's loop, the real adapter). */
import { createHash } from "crypto";
import { builtinScheme, review } from "../../src/core";
import type { ChamberEntry, Scheme } from "../../src/core";
import { ImportEvents, runImport } from "../../src/taskpane/importer";
import { cellsOf, setup } from "../excel/helpers";
import { blankOffice, chamberFile, officeBook, picked, selfOnlyFile } from "./sources";

const SIHAO = builtinScheme("sihao-2020") as Scheme;
const NOW = new Date(2026, 11, 2, 10, 0);
const LIMIT = 5 * 1024 * 1024;

function events(answer = true): ImportEvents & { asked: string[][]; seen: string[] } {
  const asked: string[][] = [];
  const seen: string[] = [];
  return { asked, seen, progress: (_d, _t, f) => void (f && seen.push(f)), ask: async (_f, names) => (asked.push(names), answer), cancelled: () => false };
}

const sha = (b: Uint8Array) => `sha256:${createHash("sha256").update(b).digest("hex")}`;
const opts = { lang: "zh" as const, province: null, now: () => NOW };

describe("导入工作簿 on the local host", () => {
  const yi = chamberFile("乙商会", 495, { 5: 5 });
  const broken = new TextEncoder().encode("这不是工作簿");

  test("three files: one imported, one broken and skipped with its reason, one a re-import that adds nothing", async () => {
    const { host, gw } = setup(officeBook(), "1.20");
    const ev = events();
    const run = await runImport(gw, [picked("乙商会.xlsx", yi), picked("坏文件.xlsx", broken), picked("乙商会-副本.xlsx", yi)], SIHAO, opts, ev);
    expect(run.files.map((f) => [f.file, f.result])).toEqual([
      ["乙商会.xlsx", "taken"],
      ["坏文件.xlsx", "skipped"],
      ["乙商会-副本.xlsx", "same"],
    ]);
    expect(run.files[1].note).toMatch(/^无法读取：/);
    expect(run.files[2].note).toBe('与已导入的"乙商会.xlsx"内容相同，未重复导入');
    expect(ev.seen).toEqual(["乙商会.xlsx", "坏文件.xlsx", "乙商会-副本.xlsx"]);
    expect(run.valuesOnly).toBe(false);
    expect(host.calls("Workbook.InsertWorksheetsFromBase64")).toBe(1);
    expect(host.sheetNames()).toEqual(["推荐名单汇总表", "甲商会", "来源清单", "乙商会"]);
    // The summary's new row: 序号, 省份 and 自评分 from the chamber's own summary, a link to its sheet.
    expect(["A5", "B5", "C5", "D5", "E5"].map((c) => host.value("推荐名单汇总表", c))).toEqual([2, "四川省", "乙商会", "行业商会", 495]);
    expect(host.hyperlink("推荐名单汇总表", "C5")).toMatchObject({ documentReference: "'乙商会'!A1" });
    expect(["A1", "C1", "A2", "B2", "C2", "E2", "F2", "G2"].map((c) => host.value("来源清单", c))).toEqual(["文件", "内容哈希", "乙商会.xlsx", yi.length, sha(yi), "已导入", "自评表", "乙商会"]);
    expect(host.value("来源清单", "A3")).toBe("");
    const after = review(await gw.read(), { scheme: SIHAO });
    expect(after.entries.map((e) => [e.name, e.status, (e as ChamberEntry).total])).toEqual([
      ["甲商会", "qualified", 500],
      ["乙商会", "qualified", 495],
    ]);
    expect(host.stats.requestBytes.max).toBeLessThan(LIMIT);
  });

  test("a later import of the same file adds nothing; a changed file of a known chamber asks, and replaces when told", async () => {
    const { host, gw } = setup(officeBook(), "1.20");
    await runImport(gw, [picked("乙商会.xlsx", yi)], SIHAO, opts, events());
    const again = await runImport(gw, [picked("乙商会.xlsx", yi)], SIHAO, opts, events());
    expect(again.files.map((f) => f.result)).toEqual(["same"]);
    const changed = chamberFile("乙商会", 480, { 5: 5, 6: 0 });
    const keep = events(false);
    const kept = await runImport(gw, [picked("乙商会（修改）.xlsx", changed)], SIHAO, opts, keep);
    expect(keep.asked).toEqual([["乙商会"]]);
    expect(kept.files.map((f) => f.result)).toEqual(["skipped"]);
    expect(host.value("推荐名单汇总表", "E5")).toBe(495);
    const replace = events(true);
    const replaced = await runImport(gw, [picked("乙商会（修改）.xlsx", changed)], SIHAO, opts, replace);
    expect(replaced.files.map((f) => f.result)).toEqual(["replaced"]);
    expect(host.sheetNames()).toEqual(["推荐名单汇总表", "甲商会", "来源清单", "乙商会"]);
    expect(host.value("推荐名单汇总表", "E5")).toBe(480);
    expect(host.value("推荐名单汇总表", "A6")).toBe("");
    expect(host.value("来源清单", "E3")).toBe("已替换");
  });

  test("a replace whose insert fails keeps the chamber's old sheet and leaves nothing half-written", async () => {
    const changed = chamberFile("乙商会", 480, { 5: 5, 6: 0 });
    const replaceOn = async () => {
      const made = setup(officeBook(), "1.7");
      await runImport(made.gw, [picked("乙商会.xlsx", yi)], SIHAO, opts, events());
      made.host.resetStats();
      return made;
    };
    // A twin run finds the sync that writes the new sheet's values: the one before the last (the last writes the lists).
    const twin = await replaceOn();
    await runImport(twin.gw, [picked("乙商会（修改）.xlsx", changed)], SIHAO, opts, events(true));
    const writes = twin.host.stats.syncs - 1;

    const { host, gw } = await replaceOn();
    host.fault = { sync: writes, action: 1, code: "GeneralException" };
    await expect(runImport(gw, [picked("乙商会（修改）.xlsx", changed)], SIHAO, opts, events(true))).rejects.toBeTruthy();
    expect(host.sheetNames()).toEqual(["推荐名单汇总表", "甲商会", "来源清单", "乙商会"]);
    expect(host.value("推荐名单汇总表", "E5")).toBe(495);
    expect(host.value("来源清单", "A3")).toBe("");
    // The old sheet is whole: still the chamber's own 495.
    expect(review(await gw.read(), { scheme: SIHAO }).entries.map((e) => [e.name, (e as ChamberEntry).total])).toEqual([
      ["甲商会", 500],
      ["乙商会", 495],
    ]);
  });

  test("without ExcelApi 1.13 the sheets go in as values and merges", async () => {
    const { host, gw } = setup(officeBook(), "1.7");
    const run = await runImport(gw, [picked("乙商会.xlsx", yi)], SIHAO, opts, events());
    expect(run.valuesOnly).toBe(true);
    expect(host.calls("Workbook.InsertWorksheetsFromBase64")).toBe(0);
    const sheet = (await gw.read()).find((g) => g.name === "乙商会")!;
    // The source's 自评表 has its title merged over A1:F1.
    expect(host.sheet("乙商会")!.merges).toContainEqual({ r0: 0, c0: 0, r1: 0, c1: 5 });
    expect(cellsOf(sheet).get("1,1")).toBe("乙商会");
    expect(cellsOf(sheet).get("7,4")).toBe(5);
  });

  test("60 chambers into an empty workbook: a summary is made, every request under 5 MB, two syncs a file", async () => {
    const { host, gw } = setup(blankOffice(), "1.20");
    const files = Array.from({ length: 60 }, (_, i) => picked(`商会${i + 1}.xlsx`, i % 2 ? chamberFile(`第${i + 1}商会`, 500) : selfOnlyFile(`第${i + 1}商会`)));
    const run = await runImport(gw, files, SIHAO, { ...opts, province: "四川省" }, events());
    expect(run.files.every((f) => f.result === "taken")).toBe(true);
    expect(host.sheetNames().slice(0, 3)).toEqual(["Sheet1", "推荐名单汇总表", "来源清单"]);
    expect(host.sheetNames()).toHaveLength(63);
    const rv = review(await gw.read(), { scheme: SIHAO });
    expect(rv.entries).toHaveLength(60);
    expect(rv.entries.every((e) => e.status === "qualified" && (e as ChamberEntry).groupKey === "四川省")).toBe(true);
    expect(host.value("推荐名单汇总表", "A62")).toBe(60);
    expect(host.stats.requestBytes.max).toBeLessThan(LIMIT);
    expect(host.stats.responseBytes.max).toBeLessThan(LIMIT);
    // One read, then per file an insert and a write (the first file also makes the summary and 来源清单).
    expect(host.stats.syncs).toBeLessThanOrEqual(4 + 2 * 60 + 3);
  });
});

/**
 * 导入工作簿 of .xls and .ods files on the local host (Microsoft's Office.js runtime, the real
 * adapter): read by the legacy reader, which is fetched only when such a file is imported; their
 * sheets go in as values and merges; a reader that cannot be fetched stops the import before
 * the workbook changes, and a second run adds what the first did not.
 */
import { builtinScheme, review } from "../../src/core";
import type { ChamberEntry, Scheme } from "../../src/core";
import { ImportEvents, LegacyLoader, loadLegacyReader, runImport } from "../../src/taskpane/importer";
import { sheetjsBook } from "../../scripts/hostile/legacy";
import { setup } from "../excel/helpers";
import { chamberFile, chamberSheets, officeBook, picked } from "./sources";

const SIHAO = builtinScheme("sihao-2020") as Scheme;
const NOW = new Date(2026, 11, 2, 10, 0);

function events(): ImportEvents {
  return { progress: () => undefined, ask: async () => true, cancelled: () => false };
}

/** The real loader, counting its calls. */
function counted(): LegacyLoader & { calls: boolean[] } {
  const calls: boolean[] = [];
  return Object.assign((codepages: boolean) => (calls.push(codepages), loadLegacyReader(codepages)), { calls });
}

/** A loader whose chunk cannot be fetched, as webpack reports it. */
const offline: LegacyLoader = () => Promise.reject(Object.assign(new Error("Loading chunk legacy-reader failed."), { name: "ChunkLoadError", part: "legacy-reader" }));

const yiXls = sheetjsBook(chamberSheets("乙商会", 495, { 5: 5 }), "biff8");
const bingOds = sheetjsBook(chamberSheets("丙商会", 485, { 5: 5, 6: 0 }, "重庆市"), "ods");

describe("导入工作簿 of .xls and .ods files", () => {
  test("an .xls and an .ods are imported as values and merges, each said to be so", async () => {
    const { host, gw } = setup(officeBook(), "1.20");
    const load = counted();
    const run = await runImport(gw, [picked("乙商会.xls", yiXls), picked("丙商会.ods", bingOds)], SIHAO, { lang: "zh", province: null, now: () => NOW, loadLegacy: load }, events());
    expect(run.files.map((f) => [f.file, f.result, f.note])).toEqual([
      ["乙商会.xls", "taken", "原文件是 Excel 97-2003 工作簿（.xls）：导入了数值和合并单元格，未带格式"],
      ["丙商会.ods", "taken", "原文件是 OpenDocument 电子表格（.ods）：导入了数值和合并单元格，未带格式"],
    ]);
    // Excel could insert whole sheets, but only from an .xlsx.
    expect(run.valuesOnly).toBe(false);
    expect(host.calls("Workbook.InsertWorksheetsFromBase64")).toBe(0);
    expect(host.sheetNames()).toEqual(["推荐名单汇总表", "甲商会", "来源清单", "乙商会", "丙商会"]);
    expect(host.sheet("乙商会")!.merges).toContainEqual({ r0: 0, c0: 0, r1: 0, c1: 5 });
    expect(review(await gw.read(), { scheme: SIHAO }).entries.map((e) => [e.name, e.status, (e as ChamberEntry).total])).toEqual([
      ["甲商会", "qualified", 500],
      ["乙商会", "qualified", 495],
      ["丙商会", "qualified", 485],
    ]);
    // Fetched once before the first file (their names say what they are), once per legacy file read.
    expect(load.calls).toEqual([false, false, false]);
  });

  test("importing .xlsx files never fetches the reader", async () => {
    const { gw } = setup(officeBook(), "1.20");
    const load = counted();
    const run = await runImport(gw, [picked("乙商会.xlsx", chamberFile("乙商会", 495, { 5: 5 }))], SIHAO, { lang: "zh", province: null, now: () => NOW, loadLegacy: load }, events());
    expect(run.files.map((f) => f.result)).toEqual(["taken"]);
    expect(load.calls).toEqual([]);
  });

  test("a reader that cannot be fetched stops the import before anything is written; with it back, the import completes", async () => {
    const { host, gw } = setup(officeBook(), "1.20");
    const o = { lang: "zh" as const, province: null, now: () => NOW };
    await expect(runImport(gw, [picked("丁商会.xlsx", chamberFile("丁商会", 500)), picked("乙商会.xls", yiXls)], SIHAO, { ...o, loadLegacy: offline }, events())).rejects.toMatchObject({
      name: "ChunkLoadError",
    });
    expect(host.sheetNames()).toEqual(["推荐名单汇总表", "甲商会"]);
    // An .xls named .xlsx is only known once read: the files before it are in, whole, and not imported twice.
    await expect(runImport(gw, [picked("丁商会.xlsx", chamberFile("丁商会", 500)), picked("乙商会.xlsx", yiXls)], SIHAO, { ...o, loadLegacy: offline }, events())).rejects.toMatchObject({
      name: "ChunkLoadError",
    });
    expect(host.sheetNames()).toEqual(["推荐名单汇总表", "甲商会", "来源清单", "丁商会"]);
    const again = await runImport(gw, [picked("丁商会.xlsx", chamberFile("丁商会", 500)), picked("乙商会.xlsx", yiXls)], SIHAO, o, events());
    expect(again.files.map((f) => [f.file, f.result])).toEqual([
      ["丁商会.xlsx", "same"],
      ["乙商会.xlsx", "taken"],
    ]);
    expect(host.sheetNames()).toEqual(["推荐名单汇总表", "甲商会", "来源清单", "丁商会", "乙商会"]);
  });
});

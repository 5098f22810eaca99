/**
 * A scoring workbook as LibreOffice sees it: it keeps the sheet protection, the unlocked score
 * cells and the three custom validations, computes the 合计 formula, and what it saves is
 * read back to the same scores.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { CaseScheme, builtinScheme, review, type CaseEntry } from "../../src/core";
import { caseListing, expertSheet } from "../../src/core/testing";
import { createXlsx, openXlsx } from "../../src/xlsx";
import { describeWithTool } from "../helpers/tools";
import { libreCsv, libreXlsx } from "../xlsx/rich";
import { EXPERTS, caseBook, typeCells, typed } from "./books";

const CX = builtinScheme("chuangxin-2021") as CaseScheme;

describeWithTool("soffice", "scoring sheets in LibreOffice")("a scoring workbook through LibreOffice", () => {
  let dir = "";
  let saved: Record<string, Uint8Array> = {};
  let csv: Map<string, string[][]>;
  const cases = openXlsx(caseBook()).grids();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ra-panel-lo-"));
    const profile = join(dir, "profile");
    const listing = caseListing(cases, CX)!;
    const filled: Record<string, Uint8Array> = {};
    EXPERTS.forEach((x, i) => (filled[`e${i}`] = typeCells(createXlsx([expertSheet(CX, listing, x)]), typed(x))));
    saved = libreXlsx(dir, profile, filled);
    csv = libreCsv(dir, profile, { zhao: filled.e3 });
  }, 400_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const sheetXml = (b: Uint8Array) => strFromU8(unzipSync(b)["xl/worksheets/sheet1.xml"]);

  it("keeps the sheet protected and the three score validations, formula and range each", () => {
    const xml = sheetXml(saved.e0);
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    const rules = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => [m[1], m[2]]);
    expect(rules).toEqual([
      ["D7:D11", "IF(ISNUMBER(D7),AND(D7&gt;=0,D7&lt;=40,ROUND(D7,1)=D7),TRIM(D7)=&quot;回避&quot;)"],
      ["E7:E11", "IF(ISNUMBER(E7),AND(E7&gt;=0,E7&lt;=30,ROUND(E7,1)=E7),TRIM(E7)=&quot;回避&quot;)"],
      ["F7:F11", "IF(ISNUMBER(F7),AND(F7&gt;=0,F7&lt;=30,ROUND(F7,1)=F7),TRIM(F7)=&quot;回避&quot;)"],
    ]);
    expect(xml).toMatch(/<dataValidation [^>]*type="custom"/);
  });

  it("leaves the score cells and the unit cell unlocked, the case columns locked", () => {
    const files = unzipSync(saved.e0);
    const styles = strFromU8(files["xl/styles.xml"]);
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*[^/]>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
    const locked = (ref: string) => {
      const m = new RegExp(`<c r="${ref}"(?: [^>]*?)? s="(\\d+)"`).exec(sheetXml(saved.e0));
      const xf = xfs[m ? Number(m[1]) : 0];
      return !/<protection [^>]*locked="(0|false)"/.test(xf);
    };
    expect(["D7", "E9", "F11", "D2"].map(locked)).toEqual([false, false, false, false]);
    expect(["A7", "B7", "C7", "G7", "A2"].map(locked)).toEqual([true, true, true, true, true]);
  });

  it("computes 合计: the sum, or 回避 where the expert abstained", () => {
    const rows = csv.get("zhao-赵六")!;
    // 赵六: 回避 on case 1 (row 7), then 79, 69, 83, 77.
    expect(rows.slice(6, 11).map((r) => r[6])).toEqual(["回避", "79", "69", "83", "77"]);
    expect(rows[1].slice(0, 4)).toEqual(["专家：赵六", "", "单位：", "甲市工商联"]);
  });

  it("what LibreOffice saved is read back to the same scores", () => {
    const experts = EXPERTS.map((_, i) => openXlsx(saved[`e${i}`]).grids()[0]);
    const r = review([...cases, ...experts], { scheme: CX });
    expect(r.entries.map((e) => (e.kind === "case" ? [(e as CaseEntry).experts, (e as CaseEntry).score] : null))).toEqual([
      [3, 88],
      [4, 79.75],
      [4, 69.75],
      [4, 84.5],
      [4, 75.5],
    ]);
    expect(r.counts.errors).toBe(0);
  });
});

/**
 * The clean workbook every hostile variant starts from, and the surgery done on its parts:
 * a 四好 summary of two chambers, their 自评表 with full marks, a quota sheet and a notes
 * sheet no review reads. `check` on it exits 0.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { ChamberScheme, PlanValue, SheetSpec, builtinScheme } from "../../src/core";
import { SIHAO_SAMPLE_ITEMS, selfAssessmentSheet } from "../../src/core/testing";
import { createXlsx } from "../../src/xlsx";
import { Part } from "./zip";

export type Files = Record<string, Uint8Array>;

const SIHAO = builtinScheme("sihao-2020") as ChamberScheme;

/** Sheet parts of the base workbook, in the order createXlsx numbers them. */
export const PART = {
  summary: "xl/worksheets/sheet1.xml",
  self: "xl/worksheets/sheet2.xml",
  quota: "xl/worksheets/sheet4.xml",
  notes: "xl/worksheets/sheet5.xml",
};

export function baseSheets(chamber = "甲商会"): SheetSpec[] {
  const full = new Map<number, PlanValue>(SIHAO_SAMPLE_ITEMS.map((it) => [it.no, it.max]));
  const summary: PlanValue[][] = [
    ["全国“四好”商会推荐名单汇总表"],
    ["推荐单位：四川省工商联"],
    ["序号", "省份", "商会名称", "商会类型", "自评分"],
    [1, "四川省", chamber, "行业商会", 500],
    [2, "四川省", "乙商会", "行业商会", 500],
  ];
  return [
    { name: "推荐名单汇总表", values: summary, merges: [], widths: [] },
    selfAssessmentSheet(SIHAO, { name: "甲商会", chamber, scores: full }),
    selfAssessmentSheet(SIHAO, {
      name: "乙商会",
      chamber: "乙商会",
      scores: full,
    }),
    {
      name: "推荐名额分配表",
      values: [
        ["省份", "推荐名额"],
        ["四川省", 2],
      ],
      merges: [],
      widths: [],
    },
    {
      name: "说明",
      values: [["填表说明"], ["请如实填写，不要改动表头。"]],
      merges: [],
      widths: [],
    },
  ];
}

export function baseFiles(chamber?: string): Files {
  return unzipSync(createXlsx(baseSheets(chamber)));
}

export function text(files: Files, part: string): string {
  return strFromU8(files[part]);
}

export function setText(files: Files, part: string, xml: string): Files {
  return { ...files, [part]: strToU8(xml) };
}

/** Edits one part's text. */
export function edit(files: Files, part: string, f: (xml: string) => string): Files {
  return setText(files, part, f(text(files, part)));
}

/** Appends rows (or anything) at the end of a sheet's `<sheetData>`. */
export function appendToSheetData(xml: string, rows: string): string {
  return xml.replace("</sheetData>", `${rows}</sheetData>`);
}

/** Replaces the first cell element with reference `ref` by `cell`. */
export function replaceCell(xml: string, ref: string, cell: string): string {
  const re = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`);
  if (!re.test(xml)) throw new Error(`no cell ${ref}`);
  return xml.replace(re, cell);
}

/** Adds a shared-string part (its relationship and content type too). */
export function withSharedStrings(files: Files, sst: string | null): Files {
  let out = edit(files, "xl/_rels/workbook.xml.rels", (x) =>
    x.replace(
      "</Relationships>",
      '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
  );
  out = edit(out, "[Content_Types].xml", (x) =>
    x.replace(
      "</Types>",
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
  );
  return sst === null ? out : setText(out, "xl/sharedStrings.xml", sst);
}

/** A package's parts for the zip writer, `extra` (large raw parts) added or replacing. */
export function partsOf(files: Files, extra: Part[] = []): Part[] {
  const replaced = new Set(extra.map((p) => p.name));
  return [
    ...Object.entries(files)
      .filter(([n]) => !replaced.has(n))
      .map(([name, data]) => ({ name, data })),
    ...extra,
  ];
}

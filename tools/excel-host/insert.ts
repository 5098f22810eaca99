/**
 * `Workbook.insertWorksheetsFromBase64(base64, options)` (ExcelApi 1.13): the sheets of an
 * .xlsx file, read by the project's file adapter, added to the host's workbook. As documented:
 * `sheetNamesToInsert` empty or absent inserts every sheet; `positionType` defaults to "End";
 * the answer is the new sheets' ids. A name already taken gets " (2)", " (3)"… as Excel does
 * when it copies a sheet. Values and merges come along; the host keeps no other formatting.
 */
import { nthSheetName } from "../../src/core";
import { openXlsx } from "../../src/xlsx";
import type { ExcelHost } from "./host";
import { sheetFromGrid } from "./model";
import { HostError, invalid } from "./objects";

interface InsertOptions {
  sheetNamesToInsert?: string[] | null;
  positionType?: string | null;
  relativeTo?: string | null;
}

function decode(base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw invalid("The base64 string is not valid");
  return new Uint8Array(Buffer.from(base64, "base64"));
}

export function insertFromBase64(host: ExcelHost, args: unknown[]): string[] {
  if (host.structureProtected) throw new HostError("AccessDenied", "The workbook structure is protected", 403);
  const opts = (args[1] ?? {}) as InsertOptions;
  let grids;
  try {
    grids = openXlsx(decode(String(args[0] ?? ""))).grids();
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw invalid("The base64 string is not a workbook Excel can open");
  }
  const wanted = opts.sheetNamesToInsert?.length ? opts.sheetNamesToInsert : grids.map((g) => g.name);
  const chosen = wanted.map((n) => {
    const g = grids.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (!g) throw invalid(`The source workbook has no sheet "${n}"`);
    return g;
  });
  let at = host.sheets.length;
  const pos = opts.positionType ?? "End";
  if (pos === "Beginning") at = 0;
  else if (pos === "Before" || pos === "After") {
    const rel = host.sheet(String(opts.relativeTo ?? ""));
    if (!rel) throw invalid("relativeTo names no sheet");
    at = host.sheets.indexOf(rel) + (pos === "After" ? 1 : 0);
  }
  return chosen.map((g, i) => {
    const sheet = sheetFromGrid(g);
    let n = 1;
    while (host.sheet(nthSheetName(g.name, n))) n++;
    sheet.name = nthSheetName(g.name, n);
    host.sheets.splice(at + i, 0, sheet);
    return sheet.id;
  });
}

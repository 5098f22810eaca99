/** Test support: a local Excel host behind Microsoft's runtime, and the adapter talking to it. */
import { Cell, Grid } from "../../src/core";
import { OfficeWorkbook } from "../../src/excel";
import { ExcelHost, HostOptions } from "../../tools/excel-host";
import { connect } from "../../tools/excel-host/runtime";

export interface Setup {
  host: ExcelHost;
  gw: OfficeWorkbook;
  url: string;
}

/** A host holding the grids, served to the runtime, with the given ExcelApi version supported by Office. */
export function setup(grids: Grid[], excelApi = "1.20", opts: HostOptions = {}): Setup {
  const host = ExcelHost.fromGrids(grids, { apiVersion: excelApi, ...opts });
  const { url } = connect(host, { sets: { ExcelApi: excelApi } });
  return { host, gw: new OfficeWorkbook({ session: url }), url };
}

/** Non-empty cells by sheet position: what a grid means, whatever its origin or padding. */
export function cellsOf(g: Grid): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const r of g.rows) {
    r.values.forEach((v, i) => {
      if (v !== null && v !== "") out.set(`${r.row},${r.cols[i]}`, v);
    });
  }
  return out;
}

export function sorted<T>(xs: T[]): T[] {
  return [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

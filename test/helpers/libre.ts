/**
 * Workbooks as LibreOffice saves them in the formats offices email (.xls, .ods, and .xlsx for
 * comparison), converted at test time from workbooks the tests build: one soffice run per
 * format, a private profile, nothing committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { soffice } from "../xlsx/rich";

export type LibreFormat = "xls" | "ods" | "xlsx";

const FILTER: Record<LibreFormat, string> = { xls: "xls:MS Excel 97", ods: "ods:calc8", xlsx: "xlsx:Calc MS Excel 2007 XML" };

/** Each file (by base name, .xlsx bytes) converted to each format: `out[format][name]`. */
export function libreConvert(dir: string, files: Record<string, Uint8Array>, formats: LibreFormat[]): Record<LibreFormat, Record<string, Uint8Array>> {
  const src = join(dir, "libre-src");
  mkdirSync(src, { recursive: true });
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = join(src, `${name}.xlsx`);
    writeFileSync(p, bytes);
    return p;
  });
  const out = {} as Record<LibreFormat, Record<string, Uint8Array>>;
  for (const f of formats) {
    const to = join(dir, `libre-${f}`);
    mkdirSync(to, { recursive: true });
    soffice(join(dir, "libre-profile"), ["--convert-to", FILTER[f], "--outdir", to, ...paths]);
    out[f] = Object.fromEntries(Object.keys(files).map((name) => [name, new Uint8Array(readFileSync(join(to, `${name}.${f}`)))]));
  }
  return out;
}

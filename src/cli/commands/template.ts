import { resolve } from "path";
import { Scheme, strings, templateSheets } from "../../core";
import { createXlsx } from "../../xlsx";
import { Options } from "../args";
import { onFile } from "../book";
import { shown } from "../files";
import { writeAtomic } from "../write";
import { EXIT_OK, Io } from "../io";

/** `template`: the scheme's blank workbook. */
export function runTemplate(o: Options, scheme: Scheme, io: Io): number {
  const out = resolve(io.cwd, o.output!);
  const display = shown(out, io.cwd);
  writeAtomic(out, onFile(display, o.lang, () => createXlsx(templateSheets(scheme))), display, o.lang);
  io.stdout(strings(o.lang).cli.report.template(display, scheme.title[o.lang]) + "\n");
  return EXIT_OK;
}

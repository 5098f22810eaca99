import { VERSION, strings } from "../core";
import { langOf, parseArgs } from "./args";
import { runConsolidate } from "./commands/consolidate";
import { runCheck, runFill } from "./commands/single";
import { runTemplate } from "./commands/template";
import { CliError, EXIT_FAILURE, EXIT_OK, Io } from "./io";
import { schemeFromOption } from "./scheme";

/**
 * The whole command line as a function: arguments in, exit code out, all output through
 * `io`. SPEC §6: 0 no errors, 1 the data has errors, 2 usage, unreadable input or bad scheme.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOf(argv);
  const t = strings(lang).cli;
  if (argv.length === 0) {
    io.stderr(t.usage);
    return EXIT_FAILURE;
  }
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === "help") {
      io.stdout(strings(parsed.lang).cli.usage);
      return EXIT_OK;
    }
    if (parsed.kind === "version") {
      io.stdout(`review-assistant ${VERSION}\n`);
      return EXIT_OK;
    }
    const o = parsed.options;
    // The scheme is settled before any file is opened: a bad one stops everything.
    const named = o.scheme !== null ? schemeFromOption(o.scheme, io.cwd, o.lang) : null;
    switch (parsed.command) {
      case "check":
        return runCheck(parsed.files[0], o, named, io);
      case "fill":
        return runFill(parsed.files[0], o, named, io);
      case "consolidate":
        // Rules never come from a source file: a stored scheme there is told and left unused.
        if (named?.kind === "workbook") throw new CliError(strings(o.lang).trust.scheme.consolidateWorkbook, true);
        return runConsolidate(parsed.files, o, named, io);
      case "template":
        if (!named || named.kind === "workbook") throw new CliError(strings(o.lang).trust.scheme.templateWorkbook, true);
        return runTemplate(o, named.scheme, io);
    }
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    io.stderr(`${t.errorPrefix}${e.message}\n${e.usage ? t.seeHelp + "\n" : ""}`);
    return EXIT_FAILURE;
  }
}

import { Lang, VERSION, strings, cliStrings } from "../core";
import { flagOf, langOf, parseArgs } from "./args";
import { runConsolidate } from "./commands/consolidate";
import { runCheck, runFill } from "./commands/single";
import { runTemplate } from "./commands/template";
import { CliError, EXIT_FAILURE, EXIT_OK, Io } from "./io";
import { schemeFromOption } from "./schemeOption";
import { useCodec } from "../xlsx/codec";
import { nodeCodec } from "../xlsx/codecNode";

// Node's zlib reads and writes every zip part the command line touches (the pane keeps fflate).
useCodec(nodeCodec);

function stackOf(e: unknown): string {
  return e instanceof Error ? e.stack ?? `${e.name}: ${e.message}` : String(e);
}

/**
 * Exit 2, said once: the message on stderr (with what lies under it for --debug), and with
 * --json the SPEC §5 error object on stdout, so a script always gets something to parse.
 */
function fail(e: CliError, argv: readonly string[], io: Io, lang: Lang): number {
  const t = cliStrings(lang);
  io.stderr(`${t.errorPrefix}${e.message}\n${e.usage ? t.seeHelp + "\n" : ""}`);
  if (flagOf(argv, "--debug")) io.stderr(`${stackOf(e.cause ?? e)}\n`);
  if (flagOf(argv, "--json")) io.stdout(JSON.stringify({ error: { code: e.code ?? (e.usage ? "usage" : "failed"), message: e.message, file: e.file } }, null, 2) + "\n");
  return EXIT_FAILURE;
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(cliStrings(parsed.lang).usage);
    return EXIT_OK;
  }
  if (parsed.kind === "version") {
    io.stdout(`review-assistant ${VERSION}\n`);
    return EXIT_OK;
  }
  const o = parsed.options;
  // The scheme is settled before any file is opened: a bad one stops everything.
  const named = o.scheme !== null ? await schemeFromOption(o.scheme, io.cwd, o.lang) : null;
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
}

/**
 * The whole command line as a function: arguments in, exit code out, all output through
 * `io`. SPEC §6: 0 no errors, 1 the data has errors, 2 usage, unreadable input or bad scheme.
 * Whatever goes wrong is exit 2 with a message: a stack trace only with --debug.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOf(argv);
  const t = cliStrings(lang);
  if (argv.length === 0) {
    io.stderr(t.usage);
    return EXIT_FAILURE;
  }
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof CliError) return fail(e, argv, io, lang);
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return fail(new CliError(t.internal(why), false, "internal", null, e), argv, io, lang);
  }
}

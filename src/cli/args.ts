import { parseArgs as nodeParseArgs, type ParseArgsConfig } from "node:util";
import { Lang, strings, cliStrings } from "../core";
import { CliError } from "./io";

export type CommandName = "check" | "fill" | "consolidate" | "template";

export interface Options {
  scheme: string | null;
  quota: number | null;
  json: boolean;
  lang: Lang;
  output: string | null;
  inPlace: boolean;
  /** Replace an existing file at the output that the tool did not write (or that changed since). */
  overwrite: boolean;
  fillSubtotals: boolean;
  /** template: the case list the expert scoring sheets are made from. */
  from: string | null;
  /** template: expert names, comma-separated; one workbook each, written into the `-o` folder. */
  experts: string | null;
  debug: boolean;
}

export type Parsed =
  | { kind: "help"; lang: Lang }
  | { kind: "version" }
  | { kind: "run"; command: CommandName; files: string[]; options: Options };

type OptionKey = keyof Options;

/** The flags, as node:util's parseArgs knows them; each names the option it sets. */
const FLAGS = {
  scheme: { type: "string" },
  quota: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  overwrite: { type: "boolean" },
  "fill-subtotals": { type: "boolean" },
  from: { type: "string" },
  experts: { type: "string" },
  debug: { type: "boolean" },
} as const satisfies ParseArgsConfig["options"];

const KEY_OF: Record<keyof typeof FLAGS, OptionKey> = {
  scheme: "scheme",
  quota: "quota",
  json: "json",
  lang: "lang",
  output: "output",
  "in-place": "inPlace",
  overwrite: "overwrite",
  "fill-subtotals": "fillSubtotals",
  from: "from",
  experts: "experts",
  debug: "debug",
};

const ALLOWED: Record<CommandName, readonly OptionKey[]> = {
  check: ["scheme", "quota", "json", "lang", "debug"],
  fill: ["scheme", "quota", "json", "lang", "output", "inPlace", "overwrite", "fillSubtotals", "debug"],
  consolidate: ["scheme", "quota", "json", "lang", "output", "overwrite", "fillSubtotals", "debug"],
  template: ["scheme", "lang", "output", "overwrite", "from", "experts", "debug"],
};

const COMMANDS = Object.keys(ALLOWED) as CommandName[];

/** A flag given before any `--`, found before parsing so that even a usage error can honour it. */
export function flagOf(argv: readonly string[], flag: "--json" | "--debug"): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes(flag);
}

/** The language asked for, found before anything else so that every error can use it. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "en" || v === "zh") return v;
  }
  return "zh";
}

function defaults(lang: Lang): Options {
  return { scheme: null, quota: null, json: false, lang, output: null, inPlace: false, overwrite: false, fillSubtotals: false, from: null, experts: null, debug: false };
}

function setOption(o: Options, key: OptionKey, raw: string | null, lang: Lang): void {
  const t = cliStrings(lang).arg;
  switch (key) {
    case "quota":
      if (!/^\d+$/.test(raw!.trim())) throw new CliError(t.badQuota(raw!), true);
      o.quota = Number(raw!.trim());
      return;
    case "lang":
      if (raw !== "zh" && raw !== "en") throw new CliError(t.badLang(raw!), true);
      o.lang = raw;
      return;
    case "scheme":
      o.scheme = raw;
      return;
    case "output":
      o.output = raw;
      return;
    case "from":
    case "experts":
      o[key] = raw;
      return;
    case "json":
    case "inPlace":
    case "overwrite":
    case "fillSubtotals":
    case "debug":
      o[key] = true;
      return;
  }
}

/** SPEC §6 command lines. Throws CliError (exit 2) on any usage mistake. */
export function parseArgs(argv: readonly string[]): Parsed {
  const lang = langOf(argv);
  const t = cliStrings(lang).arg;
  if (argv.some((a, i) => (a === "--help" || a === "-h") && !argv.slice(0, i).includes("--"))) return { kind: "help", lang };
  if (argv.length === 1 && argv[0] === "--version") return { kind: "version" };
  const options = defaults(lang);
  const seen: { flag: string; key: OptionKey }[] = [];
  const positional: string[] = [];
  // node:util reads the command line; its tokens keep each raw argument, so every mistake
  // is told here in the user's language, naming what was typed.
  const { tokens } = nodeParseArgs({ args: [...argv], options: FLAGS, strict: false, allowPositionals: true, tokens: true });
  for (const tok of tokens) {
    if (tok.kind === "positional") positional.push(tok.value);
    if (tok.kind !== "option") continue;
    const raw = argv[tok.index];
    const known = Object.hasOwn(FLAGS, tok.name) ? FLAGS[tok.name as keyof typeof FLAGS] : null;
    // Only `-o` is short, and only as a word of its own (`-ofile` is not read as `-o file`).
    const shortOk = !tok.rawName.startsWith("--") ? tok.rawName === "-o" && raw === "-o" : true;
    if (!known || !shortOk) throw new CliError(t.unknownOption(raw), true);
    if (known.type === "boolean" && tok.value !== undefined) throw new CliError(t.unknownOption(raw), true);
    if (known.type === "string" && (tok.value === undefined || tok.value === "")) throw new CliError(t.missingValue(tok.rawName), true);
    const key = KEY_OF[tok.name as keyof typeof FLAGS];
    setOption(options, key, tok.value ?? null, lang);
    seen.push({ flag: tok.rawName, key });
  }
  if (!positional.length) throw new CliError(t.noCommand, true);
  const [name, ...files] = positional;
  if (!(COMMANDS as string[]).includes(name)) throw new CliError(t.unknownCommand(name), true);
  const command = name as CommandName;
  for (const s of seen) if (!ALLOWED[command].includes(s.key)) throw new CliError(t.optionNotFor(s.flag, command), true);
  checkShape(command, files, options, lang);
  return { kind: "run", command, files, options };
}

function checkShape(command: CommandName, files: string[], o: Options, lang: Lang): void {
  const t = cliStrings(lang).arg;
  switch (command) {
    case "check":
    case "fill":
      if (!files.length) throw new CliError(t.needFile(command), true);
      if (files.length > 1) throw new CliError(t.oneFile(command, files[1]), true);
      if (o.output !== null && o.inPlace) throw new CliError(t.outputAndInPlace, true);
      break;
    case "consolidate":
      if (!files.length) throw new CliError(t.needSources, true);
      if (o.output === null) throw new CliError(t.needOutput(command), true);
      break;
    case "template":
      if (files.length) throw new CliError(t.noFilesFor(command, files[0]), true);
      if (o.scheme === null) throw new CliError(t.needScheme, true);
      if (o.output === null) throw new CliError(t.needOutput(command), true);
      if ((o.from === null) !== (o.experts === null)) throw new CliError(strings(lang).experts.cli.fromAndExperts, true);
      if (o.experts !== null && o.overwrite) throw new CliError(cliStrings(lang).fs.overwriteExperts, true);
      break;
  }
  // fill keeps the input's kind (checked once the input is open); new workbooks are plain .xlsx;
  // with --experts, -o names the folder that receives one workbook per expert.
  if (o.output !== null && command === "fill" && !/\.(xlsx|xlsm|xltx|xltm)$/i.test(o.output)) throw new CliError(t.outputNotWorkbook(o.output), true);
  if (o.output !== null && command !== "fill" && o.experts === null && !/\.xlsx$/i.test(o.output)) throw new CliError(t.outputNotXlsx(o.output), true);
}

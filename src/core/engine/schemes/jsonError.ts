/**
 * Where a JSON text goes wrong, with line and column and what was expected there. Engines word
 * JSON.parse errors differently (V8: `Unexpected end of JSON input`, with no place at all), so
 * the scheme loader runs this small strict scanner once JSON.parse has refused the text.
 */
import { strings } from "../../strings";

export interface JsonSyntax {
  /** 1-based, counted in characters as an editor shows them. */
  line: number;
  col: number;
  atEnd: boolean;
  message: { zh: string; en: string };
}

type Why = "value" | "commaObject" | "commaArray" | "colon" | "key" | "trailingComma" | "badString" | "unclosedString" | "extra" | "empty" | "singleQuote" | "comment";

class Stop {
  constructor(
    readonly at: number,
    readonly why: Why,
  ) {}
}

const WS = new Set([" ", "\t", "\n", "\r"]);

function scan(text: string): void {
  let i = 0;
  const ws = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const fail = (why: Why, at = i): never => {
    throw new Stop(at, why);
  };
  const unexpected = (expected: Why): never => {
    const c = text[i];
    if (c === "'") fail("singleQuote");
    if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) fail("comment");
    return fail(expected);
  };
  const str = () => {
    const start = i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c < " ") fail("badString");
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("badString");
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail("badString");
        i += 2;
        continue;
      }
      i++;
    }
    fail("unclosedString", start);
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") fail("value");
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") return obj();
    if (c === "[") return arr();
    if (c === '"') return str();
    if (c === "-" || (c >= "0" && c <= "9")) return num();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    unexpected("value");
  };
  const obj = () => {
    i++;
    ws();
    if (text[i] === "}") return void i++;
    for (;;) {
      ws();
      if (text[i] !== '"') {
        if (text[i] === "}") fail("trailingComma");
        unexpected("key");
      }
      str();
      ws();
      if (text[i] !== ":") unexpected("colon");
      i++;
      value();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") return void i++;
      unexpected("commaObject");
    }
  };
  const arr = () => {
    i++;
    ws();
    if (text[i] === "]") return void i++;
    for (;;) {
      ws();
      if (text[i] === "]") fail("trailingComma");
      value();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") return void i++;
      unexpected("commaArray");
    }
  };
  ws();
  if (i >= text.length) fail("empty");
  value();
  ws();
  if (i < text.length) fail("extra");
}

function place(text: string, at: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (const ch of text.slice(0, at)) {
    if (ch === "\n") {
      line++;
      col = 1;
    } else if (ch !== "\r") col++;
  }
  return { line, col };
}

/** Null when the text is valid JSON (or nests too deep to scan). A byte-order mark must be removed first. */
export function jsonSyntaxError(text: string): JsonSyntax | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    // A hostile nesting depth can exhaust the stack: then only the engine's own words are left.
    if (!(e instanceof Stop)) return null;
    const atEnd = e.at >= text.length && e.why !== "empty";
    const { line, col } = place(text, Math.min(e.at, text.length));
    const say = (lang: "zh" | "en") => {
      const j = strings(lang).scheme.json;
      const what: Record<Why, string> = {
        value: j.expected(j.value),
        commaObject: j.expected(j.commaOr("}")),
        commaArray: j.expected(j.commaOr("]")),
        colon: j.expected(j.colon),
        key: j.expected(j.key),
        trailingComma: j.trailingComma,
        badString: j.badString,
        unclosedString: j.unclosedString,
        extra: j.extra,
        empty: j.empty,
        singleQuote: j.singleQuote,
        comment: j.comment,
      };
      return atEnd ? j.end(line, col, what[e.why]) : e.why === "empty" ? what.empty : j.at(line, col, what[e.why]);
    };
    return { line, col, atEnd, message: { zh: say("zh"), en: say("en") } };
  }
}

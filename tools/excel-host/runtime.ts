/**
 * Loads Microsoft's Office.js runtime (`@microsoft/office-js`, from node_modules, never
 * copied or modified) into jsdom and answers its requests with local hosts, through the
 * runtime's own send hook (OfficeExtension.HttpUtility.setCustomSendRequestFunc).
 */
import { readFileSync } from "fs";
import { JSDOM } from "jsdom";
import { ExcelHost } from "./host";
import { OfficeOptions, OfficeSurface, makeOffice } from "./office";
import { handleProcessQuery } from "./protocol";

const RUNTIME_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

interface SendRequest {
  url: string;
  body?: unknown;
}

export interface Runtime {
  window: Window & typeof globalThis;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** Answers requests to `url` with `host`; returns the URL to pass as the session. */
  serve(host: ExcelHost, url?: string): string;
  /** Installs the Office surface and the runtime's namespaces as globals (what the add-in sees). */
  install(office: OfficeSurface): void;
}

let loaded: Runtime | null = null;

function bodyText(body: unknown): string {
  return typeof body === "string" ? body : JSON.stringify(body ?? "");
}

/** The runtime, loaded once per process (its namespaces are global state). */
export function loadRuntime(): Runtime {
  if (loaded) return loaded;
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { runScripts: "outside-only", url: "https://localhost/" });
  const w = dom.window as unknown as Window & typeof globalThis & { eval(src: string): unknown; Excel: typeof Excel; OfficeExtension: typeof OfficeExtension; Office: unknown };
  w.eval(readFileSync(RUNTIME_FILE, "utf8"));
  const hosts = new Map<string, ExcelHost>();
  let counter = 0;
  const ext = w.OfficeExtension as unknown as { HttpUtility: { setCustomSendRequestFunc(f: (r: SendRequest) => Promise<unknown>): void } };
  ext.HttpUtility.setCustomSendRequestFunc(async (req) => {
    const base = [...hosts.keys()].find((u) => req.url.startsWith(`${u}/`));
    if (!base) return { statusCode: 404, headers: {}, body: JSON.stringify({ error: { code: "ConnectionFailure", message: req.url } }) };
    const host = hosts.get(base)!;
    const res = handleProcessQuery(host, bodyText(req.body));
    if (host.latencyMs > 0) await new Promise((r) => setTimeout(r, host.latencyMs));
    return { statusCode: res.status, headers: {}, body: res.body };
  });
  loaded = {
    window: w,
    Excel: w.Excel,
    OfficeExtension: w.OfficeExtension,
    serve(host, url) {
      const u = url ?? `https://excel-host.local/${++counter}`;
      hosts.set(u, host);
      return u;
    },
    install(office) {
      // The runtime consults window.Office for requirement sets; the add-in uses the globals.
      (w as unknown as { Office: unknown }).Office = office;
      const g = globalThis as unknown as Record<string, unknown>;
      g.Office = office;
      g.Excel = w.Excel;
      g.OfficeExtension = w.OfficeExtension;
    },
  };
  return loaded;
}

export interface Connected {
  host: ExcelHost;
  /** The session URL for `Excel.run({ session })` / `new Excel.RequestContext(url)`. */
  url: string;
  office: OfficeSurface;
}

/** One call for a test: the runtime loaded, `host` served, the Office surface installed. */
export function connect(host: ExcelHost, opts: Omit<OfficeOptions, "settings"> = {}): Connected {
  const rt = loadRuntime();
  const url = rt.serve(host);
  const office = makeOffice({ ...opts, settings: host.settings });
  rt.install(office);
  return { host, url, office };
}

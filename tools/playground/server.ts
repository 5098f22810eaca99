/**
 * `npm run playground`: the real task pane beside a grid of the workbook, with no Excel. The
 * pane talks to the local Excel host (tools/excel-host) through Microsoft's Office.js runtime,
 * served from node_modules for this page only.
 *
 *   npm run playground -- [--port 3300] [--file book.xlsx] [--lang zh|en] [--api 1.20] [--latency MS] [--no-build]
 *   then open http://127.0.0.1:3300/ (add ?theme=dark for Office's dark theme, ?lang=en for English)
 */
import { existsSync, readFileSync } from "fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "http";
import type { AddressInfo } from "net";
import { basename, extname, join, normalize, sep } from "path";
import { handleProcessQuery } from "../excel-host";
import { buildPlayground, bundleDir } from "./bundle";
import { panePage, playgroundPage } from "./pages";
import type { PaneInfo } from "./view";
import { fileWorkbook, sampleWorkbook, workbookView, type OpenWorkbook } from "./workbook";
import { readFailure } from "./xlsx";

const OFFICE_DIST = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const ASSETS = join(__dirname, "..", "..", "assets");
/** A long poll answers after this long even when nothing changed. */
const POLL_MS = 20000;
/** Uploads above this are refused (the host keeps the whole workbook in memory). */
const MAX_UPLOAD = 50 * 1024 * 1024;

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port?: number;
  file?: string;
  lang?: "zh" | "en";
  /** Highest ExcelApi version the host and the Office surface claim. */
  api?: string;
  /** Reuse the pages already built in .tmp/playground. */
  build?: boolean;
  /** Milliseconds added to every sync, as on Excel on the web. */
  latencyMs?: number;
  /** Serve the pages built in production mode (the bench); development mode otherwise. */
  production?: boolean;
}

export interface Playground {
  url: string;
  server: Server;
  workbook(): OpenWorkbook;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  res.end(body);
}

/** A file under `root` only: a path that climbs out is not found. */
function sendFile(res: ServerResponse, root: string, rel: string): void {
  const path = normalize(join(root, decodeURIComponent(rel)));
  if (!path.startsWith(root + sep) || !existsSync(path)) return send(res, 404, "not found");
  send(res, 200, readFileSync(path), TYPES[extname(path)] ?? "application/octet-stream");
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error("too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startPlayground(opts: PlaygroundOptions = {}): Promise<Playground> {
  const api = opts.api ?? "1.20";
  const bundles = bundleDir(opts.production === true);
  if (opts.build !== false || !existsSync(join(bundles, "pane.js"))) await buildPlayground(bundles, opts.production === true);
  const open = (file: string): OpenWorkbook => fileWorkbook(basename(file), readFileSync(file), api);
  let current: OpenWorkbook = opts.file ? open(opts.file) : sampleWorkbook(api);
  current.host.latencyMs = opts.latencyMs ?? 0;
  let version = 1;
  let waiting: (() => void)[] = [];
  const changed = () => {
    version++;
    const wake = waiting;
    waiting = [];
    for (const w of wake) w();
  };

  const routes = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => {
    if (req.method === "POST" && path === "/host/ProcessQuery") {
      const body = await readBody(req, 64 * 1024 * 1024);
      const answer = handleProcessQuery(current.host, body.toString("utf8"));
      if (current.host.latencyMs > 0) await new Promise((r) => setTimeout(r, current.host.latencyMs));
      changed();
      return send(res, answer.status, answer.body, TYPES[".json"]);
    }
    if (req.method === "GET" && path === "/") return send(res, 200, playgroundPage(query.get("lang") ?? opts.lang ?? "zh", query.get("theme") ?? "light"), TYPES[".html"]);
    if (req.method === "GET" && path === "/favicon.ico") return sendFile(res, ASSETS, "icon-32.png");
    if (req.method === "GET" && path === "/pane.html") return send(res, 200, panePage(), TYPES[".html"]);
    if (req.method === "GET" && path.startsWith("/bundle/")) return sendFile(res, bundles, path.slice("/bundle/".length));
    if (req.method === "GET" && path.startsWith("/office-js/")) return sendFile(res, OFFICE_DIST, path.slice("/office-js/".length));
    if (req.method === "GET" && path === "/api/workbook") {
      const after = Number(query.get("after") ?? 0);
      if (after >= version) await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        waiting.push(() => (clearTimeout(timer), resolve()));
      });
      return send(res, 200, JSON.stringify(workbookView(current, version)), TYPES[".json"]);
    }
    if (req.method === "GET" && path === "/api/pane") {
      const info: PaneInfo = { api, settings: Object.fromEntries(current.host.settings) };
      return send(res, 200, JSON.stringify(info), TYPES[".json"]);
    }
    if (req.method === "POST" && path === "/api/settings") {
      const saved = JSON.parse((await readBody(req, 1024 * 1024)).toString("utf8")) as Record<string, unknown>;
      current.host.settings.clear();
      for (const [k, v] of Object.entries(saved)) current.host.settings.set(k, v);
      return send(res, 204, "");
    }
    if (req.method === "POST" && path === "/api/open") {
      const name = basename(query.get("name") ?? "workbook.xlsx");
      const bytes = await readBody(req, MAX_UPLOAD);
      try {
        current = fileWorkbook(name, bytes, api);
      } catch (e) {
        return send(res, 400, readFailure(e));
      }
      changed();
      return send(res, 204, "");
    }
    if (req.method === "POST" && path === "/api/reset") {
      current = opts.file ? open(opts.file) : sampleWorkbook(api);
      changed();
      return send(res, 204, "");
    }
    send(res, 404, "not found");
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    routes(req, res, url.pathname, url.searchParams).catch((e: unknown) => {
      // The page shows this text; the server keeps running.
      if (!res.headersSent) send(res, 400, e instanceof Error ? e.message : String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 3300, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    workbook: () => current,
    close: () =>
      new Promise<void>((resolve) => {
        for (const w of waiting) w();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const lang = argValue(args, "--lang");
  const pg = await startPlayground({
    port: Number(argValue(args, "--port") ?? 3300),
    file: argValue(args, "--file"),
    lang: lang === "en" ? "en" : "zh",
    api: argValue(args, "--api"),
    build: !args.includes("--no-build"),
    latencyMs: Number(argValue(args, "--latency") ?? 0),
  });
  console.log(`评审助手 playground: ${pg.url}  (${pg.workbook().file})`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

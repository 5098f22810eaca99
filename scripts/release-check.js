#!/usr/bin/env node
// CI's check of what `npm run release` made, as an IT person would use it:
//   ADDIN_URL=https://host/path/ node scripts/release-check.js
// - the manifest validates against the XSDs, points only under ADDIN_URL, names files the site
//   has, and carries package.json's version and the repository manifest's Id;
// - the site is complete (every page's scripts present, no source maps) and SHA256SUMS holds;
// - zod (custom schemes only) is in no page's own script, only in the chunks fetched for it;
//   SheetJS (.xls/.ods import only) likewise;
// - set-addin-url.js moves the manifest to another address, still valid;
// - the CLI tarball installs into a fresh prefix with an empty npm cache and the registry
//   unreachable (--offline, registry pointed at a closed port), and that copy, run from outside
//   the repository, prints the version and checks a sample workbook.
"use strict";
const { Buffer } = require("buffer");
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { URL } = require("url");
const { addinUrl, addresses, manifestVersion } = require("./manifest.js");
const { ROOT, pkg, RELEASE_DIR: DIR, TARBALL: tarball, SCHEMA, filesUnder, sha256, npm } = require("./release-lib.js");
const { zodProblems } = require("./zodChunks.js");
const { legacyProblems } = require("./legacyChunks.js");
const SAMPLE = path.join(ROOT, "samples", "sihao-province.xlsx");
const NO_REGISTRY = "http://127.0.0.1:9/"; // the discard port: nothing answers there

let failures = 0;
function check(what, fn) {
  try {
    fn();
    console.log(`  ✓ ${what}`);
  } catch (e) {
    failures++;
    console.log(`  ✗ ${what}\n      ${String(e.message).split("\n").join("\n      ")}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}
function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return r;
}
function xmllint(file) {
  const r = sh("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file]);
  expect(r.status === 0, `xmllint ${path.basename(file)}: exit ${r.status}\n${r.stderr}`);
}
const read = (rel) => fs.readFileSync(path.join(DIR, rel), "utf8");
const exists = (rel) => fs.existsSync(path.join(DIR, rel));

function main() {
  if (!process.env.ADDIN_URL) throw new Error("ADDIN_URL must name the address the release was built for");
  const url = addinUrl(process.env.ADDIN_URL);
  console.log(`${path.relative(ROOT, DIR)}/ for ${url}`);
  expect(fs.existsSync(DIR), `${DIR} does not exist: run \`npm run release\` first`);

  check("the add-in build and the CLI build both survived the release, which ran both", () => {
    for (const f of ["dist/addin/taskpane.html", "dist/addin/manifest.xml", "dist/cli/src/cli/index.js"]) {
      expect(fs.existsSync(path.join(ROOT, f)), `${f} is missing`);
    }
  });

  check("every file of the release is there", () => {
    const want = ["部署说明.md", "manifest.xml", tarball, "set-addin-url.js", "config/nginx.conf", "config/web.config", "VERSION.txt", "SHA256SUMS"];
    const site = ["taskpane.html", "commands.html", "notice.html", "help.html", ...[16, 32, 64, 80].map((n) => `assets/icon-${n}.png`)];
    const missing = [...want, ...site.map((f) => `site/${f}`)].filter((f) => !exists(f));
    expect(missing.length === 0, `missing: ${missing.join(", ")}`);
    expect(read("部署说明.md").startsWith("# 评审助手 部署说明"), "部署说明.md does not start with the Chinese title");
  });

  check("SHA256SUMS lists every other file with its hash", () => {
    const lines = read("SHA256SUMS").trim().split("\n");
    const listed = new Set();
    for (const line of lines) {
      const [hash, rel] = line.split(/ {2}(.+)/);
      listed.add(rel);
      const actual = sha256(path.join(DIR, rel));
      expect(actual === hash, `${rel}: ${actual}, listed ${hash}`);
    }
    const all = filesUnder(DIR).filter((f) => f !== "SHA256SUMS");
    const unlisted = all.filter((f) => !listed.has(f));
    expect(unlisted.length === 0 && listed.size === all.length, `not listed: ${unlisted.join(", ")}`);
  });

  const manifest = read("manifest.xml");
  check("manifest.xml validates against the add-in XSDs (xmllint, offline)", () => xmllint(path.join(DIR, "manifest.xml")));
  check(`manifest.xml points only under ${url}, at files the site has`, () => {
    const all = addresses(manifest);
    expect(all.length >= 8, `only ${all.length} addresses`);
    const origin = new URL(url).origin;
    const outside = all.filter((a) => !a.startsWith(url) && a !== origin);
    expect(outside.length === 0, `outside: ${outside.join(", ")}`);
    const absent = all.filter((a) => a.startsWith(url)).map((a) => decodeURIComponent(a.slice(url.length))).filter((f) => !exists(`site/${f}`));
    expect(absent.length === 0, `not in site/: ${absent.join(", ")}`);
    expect(manifest.includes(`<AppDomain>${origin}</AppDomain>`), `no <AppDomain>${origin}</AppDomain>`);
  });
  check(`manifest.xml has version ${manifestVersion(pkg.version)} and the repository manifest's Id`, () => {
    const id = (xml) => /<Id>([^<]+)<\/Id>/.exec(xml)[1];
    expect(manifest.includes(`<Version>${manifestVersion(pkg.version)}</Version>`), "wrong <Version>");
    expect(id(manifest) === id(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")), `Id ${id(manifest)} differs`);
    expect(read("VERSION.txt").includes(url), "VERSION.txt does not name the add-in URL");
  });

  check("the site's pages find their scripts; no source maps are shipped", () => {
    const site = path.join(DIR, "site");
    const files = filesUnder(site);
    expect(!files.some((f) => f.endsWith(".map")), "source maps in site/");
    for (const html of files.filter((f) => f.endsWith(".html"))) {
      const text = fs.readFileSync(path.join(site, html), "utf8");
      for (const m of text.matchAll(/\ssrc="?([^"\s>]+)/g)) {
        if (/^https:\/\/appsforoffice\.microsoft\.com\//.test(m[1])) continue;
        expect(!/^[a-z]+:/i.test(m[1]) && files.includes(m[1]), `${html}: ${m[1]} is not in the site`);
      }
    }
    const pane = files.find((f) => /^bundles\/taskpane\.[0-9a-f]{8}\.js$/.test(f));
    expect(pane, "no content-hashed bundles/taskpane.*.js");
    // The pane imports package.json for its version; the rest of package.json must not ship.
    expect(!fs.readFileSync(path.join(site, pane), "utf8").includes("devDependencies"), `${pane} carries package.json beyond its version`);
    // Parts of the pane load later, from chunks the entry names by id (or by a chunk name such as
    // scheme-checker) and content hash (webpack's `"bundles/"+…+"."+{id:"hash",…}[id]+".js"`): each
    // must be in the site.
    const entry = fs.readFileSync(path.join(site, pane), "utf8");
    const table = /"bundles\/"\+(.{1,400}?)\+"\."\+\{((?:\d+:"[0-9a-f]{8}",?)+)\}\[\w+\]\+"\.js"/.exec(entry);
    expect(table, `${pane} names no chunks: the pane's dialogs and checklist load from chunks of their own`);
    if (table) {
      // One named chunk: `(76===e?"scheme-checker":e)`; several: `({76:"scheme-checker",470:"legacy-reader"}[e]||e)`.
      const named = new Map([...table[1].matchAll(/(\d+)(?:===\w+\?|:)"([\w-]+)"/g)].map(([, id, name]) => [id, name]));
      for (const [, id, hash] of table[2].matchAll(/(\d+):"([0-9a-f]{8})"/g)) {
        const file = `bundles/${named.get(id) ?? id}.${hash}.js`;
        expect(files.includes(file), `${file}, a chunk of the pane, is not in the site`);
      }
    }
  });

  check("no page's own script carries zod; the chunks a custom scheme fetches ship beside them", () => {
    const problems = zodProblems(path.join(DIR, "site"));
    expect(problems.length === 0, problems.join("\n"));
  });

  check("no page's own script carries SheetJS; the chunks an .xls/.ods import fetches ship beside them", () => {
    const problems = legacyProblems(path.join(DIR, "site"));
    expect(problems.length === 0, problems.join("\n"));
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "review-assistant-release-"));
  try {
    check("set-addin-url.js moves the manifest to another address, still valid", () => {
      const copy = path.join(tmp, "manifest.xml");
      fs.copyFileSync(path.join(DIR, "manifest.xml"), copy);
      const r = sh(process.execPath, [path.join(DIR, "set-addin-url.js"), "https://other.example.net:8443/ra/", copy]);
      expect(r.status === 0, `exit ${r.status}: ${r.stderr}`);
      const moved = fs.readFileSync(copy, "utf8");
      expect(addresses(moved).every((a) => a.startsWith("https://other.example.net:8443")), "an address was not moved");
      xmllint(copy);
      const refused = sh(process.execPath, [path.join(DIR, "set-addin-url.js"), "http://other.example.net/", copy]);
      expect(refused.status === 2 && refused.stderr.includes("https"), `http accepted: exit ${refused.status}`);
    });
    installAndRun(tmp, tarball);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(failures ? `${failures} check(s) failed` : "release checked");
  return failures ? 1 : 0;
}

function installAndRun(tmp, tarball) {
  const prefix = path.join(tmp, "prefix");
  const work = path.join(tmp, "work");
  fs.mkdirSync(work);
  // Nothing of the repository or of this machine's npm set-up may help the install.
  const env = { ...process.env, npm_config_registry: NO_REGISTRY, npm_config_cache: path.join(tmp, "empty-cache"), npm_config_offline: "true", npm_config_userconfig: path.join(tmp, "npmrc") };
  delete env.NODE_PATH;
  for (const k of Object.keys(env)) if (/^npm_(package|lifecycle)_/.test(k)) delete env[k];
  fs.writeFileSync(env.npm_config_userconfig, "");
  let installed = false;
  check("the CLI tarball installs offline: fresh prefix, empty cache, no registry", () => {
    const t0 = Date.now();
    const r = npm(["install", "--global", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", path.join(DIR, tarball)], { cwd: tmp, env, encoding: "utf8" });
    expect(r.status === 0, `npm install exit ${r.status}\n${r.stdout}${r.stderr}`);
    const lib = path.join(prefix, process.platform === "win32" ? "" : "lib", "node_modules", "review-assistant");
    const deps = fs.existsSync(path.join(lib, "node_modules")) ? fs.readdirSync(path.join(lib, "node_modules")).filter((n) => !n.startsWith(".")).sort() : [];
    expect(deps.join(",") === "@e965,fflate,zod", `installed dependencies: ${deps.join(", ") || "none"} (want @e965/xlsx, fflate, zod only)`);
    installed = true;
    console.log(`      (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  });
  if (!installed) return;
  const bin = process.platform === "win32" ? path.join(prefix, "review-assistant.cmd") : path.join(prefix, "bin", "review-assistant");
  const run = (args) => sh(bin, args, { cwd: work, env: { ...env, PATH: process.env.PATH }, shell: process.platform === "win32" });
  check(`the installed review-assistant --version prints ${pkg.version}`, () => {
    const r = run(["--version"]);
    expect(r.status === 0 && r.stdout === `review-assistant ${pkg.version}\n`, `exit ${r.status}: ${r.stdout}${r.stderr}`);
  });
  check("the installed review-assistant checks a sample outside the repository", () => {
    fs.copyFileSync(SAMPLE, path.join(work, "sample.xlsx"));
    const before = fs.readFileSync(path.join(work, "sample.xlsx"));
    const human = run(["check", "sample.xlsx"]);
    // The sample holds errors on purpose: exit 1 is "the data has errors".
    expect(human.status === 1 && human.stdout.includes("四川省科技装备业商会") && human.stderr === "", `exit ${human.status}: ${human.stdout}${human.stderr}`);
    const json = run(["check", "sample.xlsx", "--json"]);
    const report = JSON.parse(json.stdout);
    expect(report.tool === "review-assistant" && report.version === pkg.version, `report says ${report.tool} ${report.version}`);
    expect(report.summary.entries === 12, `${report.summary.entries} entries, want 12`);
    expect(Buffer.compare(before, fs.readFileSync(path.join(work, "sample.xlsx"))) === 0, "check changed the input");
    expect(fs.readdirSync(work).join(",") === "sample.xlsx", `check wrote files: ${fs.readdirSync(work).join(", ")}`);
  });
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(e.message);
  process.exitCode = 2;
}

#!/usr/bin/env node
// The add-in manifest for a given address and version. manifest.xml in the repository is the
// localhost development manifest; webpack.config.js passes it through `rebaseManifest` to write
// dist/addin/manifest.xml for ADDIN_URL, and the release ships this file as set-addin-url.js so
// that IT can point a release at another server without the repository:
//
//   node set-addin-url.js https://review.example.org/review-assistant/ [manifest.xml]
//
// CommonJS with no dependencies on purpose: it runs inside webpack's config and on a bare Node.
"use strict";
const fs = require("fs");
const path = require("path");
const { URL } = require("url");

const DEFAULT_URL = "https://localhost:3000/";
const MAX_URL = 2048; // the manifest schema's limit for one URL

/** A refusal with its reason in both languages; `code` tells callers it needs no stack trace. */
function fail(zh, en) {
  const e = new Error(`${zh}\n${en}`);
  e.code = "ADDIN_MANIFEST";
  throw e;
}

/**
 * The base address every manifest URL starts with: https, no query, fragment or password,
 * always ending in "/", in the canonical form browsers use (host lower-cased, path escaped).
 */
function addinUrl(raw) {
  const text = String(raw ?? "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    fail(`ADDIN_URL 不是有效的网址：“${text}”。示例：https://review.example.org/review-assistant/`,
      `ADDIN_URL is not a valid address: "${text}". Example: https://review.example.org/review-assistant/`);
  }
  if (url.protocol !== "https:") {
    fail(`ADDIN_URL 必须以 https:// 开头（Office 只从 https 地址加载加载项）：“${text}”`,
      `ADDIN_URL must start with https:// (Office loads add-ins over https only): "${text}"`);
  }
  if (url.username || url.password || url.search || url.hash) {
    fail(`ADDIN_URL 不能带用户名、密码、“?”查询或“#”片段：“${text}”`,
      `ADDIN_URL cannot carry a user name, password, "?" query or "#" fragment: "${text}"`);
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  if (url.href.length > MAX_URL - 64) {
    fail(`ADDIN_URL 太长（${url.href.length} 个字符）`, `ADDIN_URL is too long (${url.href.length} characters)`);
  }
  return url.href;
}

/** Office wants a.b.c.d with at most five digits each; package.json has a.b.c. */
function manifestVersion(semver) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(semver));
  if (!m) {
    fail(`package.json 的版本号“${semver}”无法写入清单：需要 主.次.修订 三段数字（不带预发布后缀），每段最多 5 位。`,
      `package.json version "${semver}" cannot go into the manifest: it needs major.minor.patch, digits only (no pre-release suffix), at most 5 digits each.`);
  }
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
const origin = (href) => new URL(href).origin;

/** The base the manifest's URLs use now, read from the pane's SourceLocation. */
function currentBase(xml) {
  const m = /<SourceLocation DefaultValue="([^"]*)taskpane\.html"\s*\/>/.exec(xml);
  if (!m) fail("清单中找不到任务窗格的 SourceLocation（…taskpane.html）。", "The manifest has no task-pane SourceLocation (…taskpane.html).");
  return unescapeXml(m[1]);
}

/** Addresses in the manifest other than XML namespaces and schema locations. */
function addresses(xml) {
  const body = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
  return [...body.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]*)/g)].map((m) => unescapeXml(m[1]));
}

/**
 * The manifest with every URL moved from its current base to `url` (and the AppDomain to its
 * origin), and `<Version>` set when a version is given. Refuses a manifest holding an address
 * outside its own base, so that nothing can keep pointing at the old server unnoticed.
 */
function rebaseManifest(xml, url, version) {
  const to = addinUrl(url);
  const from = currentBase(xml);
  const stray = addresses(xml).filter((a) => !a.startsWith(from) && a !== origin(from));
  if (stray.length) fail(`清单中有不在“${from}”之下的地址：${stray.join("，")}`, `The manifest holds addresses outside "${from}": ${stray.join(", ")}`);
  const attr = new RegExp(`(DefaultValue=")${escapeRegExp(escapeXml(from))}`, "g");
  let out = xml.replace(attr, (_, head) => head + escapeXml(to));
  out = out.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${escapeXml(origin(to))}</AppDomain>`);
  if (version !== undefined) {
    const v = manifestVersion(version);
    if (!/<Version>[^<]*<\/Version>/.test(out)) fail("清单中没有 <Version>。", "The manifest has no <Version>.");
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${v}</Version>`);
  }
  const left = addresses(out).filter((a) => !a.startsWith(to) && a !== origin(to));
  if (left.length) fail(`改写后仍有旧地址：${left.join("，")}`, `Old addresses remain after rewriting: ${left.join(", ")}`);
  return out;
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `node set-addin-url.js URL [manifest.xml]`: rewrites the manifest in place, atomically. */
function cli(argv) {
  if (argv[0] === "--sync-version") return syncVersion();
  const [url, file = path.join(__dirname, "manifest.xml")] = argv;
  if (!url || url === "--help" || url === "-h") {
    process.stdout.write(
      "用法：node set-addin-url.js https://服务器/路径/ [manifest.xml]\n" +
        "把清单中的全部地址改为新的网站地址（网站目录 site/ 需已发布在该地址）。\n" +
        "Usage: node set-addin-url.js https://server/path/ [manifest.xml]\n" +
        "Points every address in the manifest at the new site (where site/ is published).\n",
    );
    return url ? 0 : 2;
  }
  try {
    const xml = fs.readFileSync(file, "utf8");
    const from = currentBase(xml);
    const out = rebaseManifest(xml, url);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, out);
    fs.renameSync(tmp, file);
    process.stdout.write(`${file}\n  ${from}\n→ ${addinUrl(url)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
}

/** `npm version` runs this: the repository's manifest.xml takes package.json's version. */
function syncVersion() {
  const root = path.join(__dirname, "..");
  const file = path.join(root, "manifest.xml");
  const xml = fs.readFileSync(file, "utf8");
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  fs.writeFileSync(file, rebaseManifest(xml, currentBase(xml), version));
  process.stdout.write(`manifest.xml <Version>${manifestVersion(version)}</Version>\n`);
  return 0;
}

module.exports = { DEFAULT_URL, addinUrl, manifestVersion, rebaseManifest, currentBase, addresses };

if (require.main === module) process.exitCode = cli(process.argv.slice(2));

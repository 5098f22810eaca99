// What scripts/release.js and scripts/release-check.js share: where the release goes, how files
// are listed and hashed, and how npm is started.
"use strict";
const { spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const RELEASE_DIR = path.join(ROOT, "release", `review-assistant-${pkg.version}`);
const TARBALL = `${pkg.name}-${pkg.version}.tgz`;
const SCHEMA = path.join(ROOT, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");

/** Every file under `dir`, as sorted relative paths with "/" (the form SHA256SUMS uses). */
function filesUnder(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join("/")]))
    .sort();
}

const sha256 = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** npm itself: the one running this script when started by `npm run`, else the one on PATH. */
function npm(args, opts = {}) {
  const cli = process.env.npm_execpath;
  if (cli && /\.(c?js)$/.test(cli)) return spawnSync(process.execPath, [cli, ...args], opts);
  return spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", args, { shell: process.platform === "win32", ...opts });
}

module.exports = { ROOT, pkg, RELEASE_DIR, TARBALL, SCHEMA, filesUnder, sha256, npm };

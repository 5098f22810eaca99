#!/usr/bin/env node
// `ADDIN_URL=https://host/path/ npm run release`: everything an IT department needs, in
// release/review-assistant-<version>/ (see docs/部署说明.md for what each file is for):
//
//   部署说明.md              the deployment guide, Chinese first, then English
//   manifest.xml             the add-in manifest, every URL under ADDIN_URL
//   site/                    the static site to publish at ADDIN_URL
//   review-assistant-<v>.tgz the command line, installable offline (its dependencies inside)
//   set-addin-url.js         points manifest.xml at another address, without the repository
//   config/                  nginx and IIS examples
//   VERSION.txt, SHA256SUMS  what was built from what, and checksums of every file
//
// The folder is assembled beside the old one and swapped in only when complete.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { DEFAULT_URL, addinUrl, manifestVersion } = require("./manifest.js");
const { ROOT, pkg, RELEASE_DIR: OUT, TARBALL, SCHEMA, filesUnder, sha256, npm } = require("./release-lib.js");

const STAGING = path.join(path.dirname(OUT), `.${path.basename(OUT)}.partial`);
const ADDIN = path.join(ROOT, "dist", "addin");
/** Only a folder holding this file was made by this script, and only such a folder is replaced. */
const MARK = "VERSION.txt";

class ReleaseError extends Error {}

function step(title) {
  console.log(`\n-- ${title}`);
}

function succeeded(r, what) {
  if (r.error) throw new ReleaseError(`${what}: ${r.error.message}`);
  if (r.status !== 0) throw new ReleaseError(`${what} → exit ${r.status}`);
}

function run(cmd, args, opts = {}) {
  succeeded(spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...opts }), `${path.basename(cmd)} ${args.join(" ")}`);
}

function onPath(cmd) {
  const r = spawnSync(cmd, ["--version"], { stdio: "ignore" });
  return !r.error;
}

function changelogHasVersion() {
  const text = fs.readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8");
  const v = pkg.version.replace(/\./g, "\\.");
  return new RegExp(`^## \\[?${v}\\]?(\\s|$)`, "m").test(text);
}

function gitCommit() {
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  if (head.status !== 0) return "unknown";
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" });
  return head.stdout.trim() + (dirty.stdout.trim() ? "（工作区有未提交的改动 / with uncommitted changes）" : "");
}

/** Copies a folder, leaving out what `skip` rejects (relative posix paths). */
function copyTree(from, to, skip) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    const rel = path.relative(ADDIN, src).split(path.sep).join("/");
    if (skip(rel)) continue;
    if (entry.isDirectory()) {
      fs.mkdirSync(dst, { recursive: true });
      copyTree(src, dst, skip);
    } else fs.copyFileSync(src, dst);
  }
}

function main() {
  const url = addinUrl(process.env.ADDIN_URL || DEFAULT_URL);
  console.log(`评审助手 ${pkg.version} → ${path.relative(ROOT, OUT)}\n加载项地址 / add-in URL: ${url}`);
  if (url === DEFAULT_URL) {
    console.warn(
      "\n*** 未设置 ADDIN_URL：清单指向 https://localhost:3000/，只适合开发。发布给 IT 前请设置 ADDIN_URL，或在发布包中运行 set-addin-url.js。\n" +
        "*** ADDIN_URL is not set: the manifest points to https://localhost:3000/, which only suits development.\n",
    );
  }
  manifestVersion(pkg.version);
  if (!changelogHasVersion()) {
    throw new ReleaseError(`CHANGELOG.md 没有 "## ${pkg.version}" 一节：请先写明这个版本的变化。\nCHANGELOG.md has no "## ${pkg.version}" section: describe this version first.`);
  }
  if (fs.existsSync(OUT) && !fs.existsSync(path.join(OUT, MARK))) {
    throw new ReleaseError(`${OUT} 已存在，但不是本脚本生成的（缺少 ${MARK}），不会覆盖。\n${OUT} exists and was not made by this script (no ${MARK}): not replacing it.`);
  }
  fs.rmSync(STAGING, { recursive: true, force: true });
  fs.mkdirSync(STAGING, { recursive: true });

  step(`webpack production build for ${url}`);
  run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { env: { ...process.env, ADDIN_URL: url } });

  const manifest = path.join(ADDIN, "manifest.xml");
  if (onPath("xmllint")) {
    step("manifest.xml against the add-in XSDs");
    run("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, manifest]);
  } else {
    console.warn("\n*** 未找到 xmllint，清单未按 XSD 校验。 xmllint is not installed: the manifest was not validated against the XSDs.");
  }

  step("npm pack (the command line, with its dependencies inside)");
  succeeded(npm(["pack", "--pack-destination", STAGING], { cwd: ROOT, stdio: "inherit" }), "npm pack");
  if (!fs.existsSync(path.join(STAGING, TARBALL))) throw new ReleaseError(`npm pack wrote no ${TARBALL}`);

  step("assembling the release folder");
  fs.mkdirSync(path.join(STAGING, "site"));
  // The manifest goes beside the site, not in it; source maps stay with the developers.
  copyTree(ADDIN, path.join(STAGING, "site"), (rel) => rel === "manifest.xml" || rel.endsWith(".map"));
  fs.copyFileSync(manifest, path.join(STAGING, "manifest.xml"));
  fs.copyFileSync(path.join(ROOT, "docs", "部署说明.md"), path.join(STAGING, "部署说明.md"));
  fs.mkdirSync(path.join(STAGING, "config"));
  for (const f of ["nginx.conf", "web.config"]) fs.copyFileSync(path.join(ROOT, "docs", "deploy", f), path.join(STAGING, "config", f));
  fs.copyFileSync(path.join(__dirname, "manifest.js"), path.join(STAGING, "set-addin-url.js"));
  const id = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(manifest, "utf8"))[1];
  fs.writeFileSync(
    path.join(STAGING, MARK),
    [
      `评审助手 Review Assistant ${pkg.version}`,
      `加载项地址 / Add-in URL: ${url}`,
      `清单版本 / Manifest version: ${manifestVersion(pkg.version)}`,
      `加载项 Id / Add-in Id: ${id}`,
      `源代码提交 / Commit: ${gitCommit()}`,
      `生成时间 / Built: ${new Date().toISOString()}`,
      `命令行需要 / The CLI needs: Node.js ${pkg.engines.node}`,
      "",
    ].join("\n"),
  );
  // sha256sum's format: `sha256sum -c SHA256SUMS` checks the folder on Linux.
  const sums = filesUnder(STAGING).map((rel) => `${sha256(path.join(STAGING, rel))}  ${rel}`);
  fs.writeFileSync(path.join(STAGING, "SHA256SUMS"), sums.join("\n") + "\n");

  fs.rmSync(OUT, { recursive: true, force: true });
  fs.renameSync(STAGING, OUT);
  const files = filesUnder(OUT);
  const bytes = files.reduce((n, rel) => n + fs.statSync(path.join(OUT, rel)).size, 0);
  console.log(`\n已生成 / written: ${path.relative(ROOT, OUT)}/ (${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB)`);
  for (const rel of files.filter((f) => !f.startsWith("site/"))) console.log(`  ${rel}`);
  console.log(`  site/ (${files.filter((f) => f.startsWith("site/")).length} files)`);
}

try {
  main();
} catch (e) {
  fs.rmSync(STAGING, { recursive: true, force: true });
  console.error(`\n发布失败 / release failed: ${e.message}`);
  if (!(e instanceof ReleaseError) && e.code !== "ADDIN_MANIFEST") console.error(e.stack);
  process.exitCode = 2;
}

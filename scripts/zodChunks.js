// Where zod sits in a built add-in (dist/addin, or a release's site/): zod checks custom schemes
// only, so no page's own script may carry it; the pane and the ribbon fetch the scheme checker's
// chunks the first time a custom scheme is checked. Used by release-check.js and the test suite.
"use strict";
const fs = require("fs");
const path = require("path");

// Names zod's minified code keeps (its internals hang off `_zod`; its error class keeps its name).
const ZOD = /_zod\b|ZodError/;
const PAGES = ["taskpane.html", "commands.html", "notice.html"];

/** Each page's scripts from bundles/ with whether they carry zod, and the chunks that do. */
function zodPlacement(site) {
  const carries = (rel) => ZOD.test(fs.readFileSync(path.join(site, rel), "utf8"));
  const pages = PAGES.map((html) => {
    const text = fs.readFileSync(path.join(site, html), "utf8");
    const scripts = [...text.matchAll(/\ssrc="?(bundles\/[^"\s>]+\.js)/g)].map((m) => m[1]);
    return { html, scripts: scripts.map((s) => ({ script: s, zod: carries(s) })) };
  });
  const bundles = fs.readdirSync(path.join(site, "bundles")).filter((n) => n.endsWith(".js")).map((n) => `bundles/${n}`);
  const onPages = new Set(pages.flatMap((p) => p.scripts.map((s) => s.script)));
  return {
    pages,
    checker: bundles.filter((b) => /^bundles\/scheme-checker\.[0-9a-f]{8}\.js$/.test(b)),
    zodChunks: bundles.filter((b) => !onPages.has(b) && carries(b)),
  };
}

/** What is wrong with where zod sits, in words (empty: all is well). */
function zodProblems(site) {
  const z = zodPlacement(site);
  const problems = [];
  for (const p of z.pages) {
    if (!p.scripts.length) problems.push(`${p.html} names no script under bundles/`);
    for (const s of p.scripts) if (s.zod) problems.push(`${p.html}: ${s.script} carries zod`);
  }
  if (z.checker.length !== 1) problems.push(`expected one bundles/scheme-checker.*.js, found ${z.checker.length}`);
  if (!z.zodChunks.length) problems.push("no chunk carries zod: a custom scheme could not be checked");
  return problems;
}

module.exports = { zodPlacement, zodProblems };

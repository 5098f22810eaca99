// Where SheetJS (the .xls/.ods reader) sits in a built add-in (dist/addin, or a release's site/):
// in no page's own script, and not in the import's own chunk either; the pane fetches it, with
// the legacy-reader chunk, only when an .xls, WPS or .ods file is imported. Used by
// release-check.js and the test suite.
"use strict";
const fs = require("fs");
const path = require("path");

// A message of SheetJS's ODS reader: it survives minifying.
const SHEETJS = /Unsupported ODS Encryption/;
const PAGES = ["taskpane.html", "commands.html", "notice.html"];

/** The page scripts and chunks carrying SheetJS, and the legacy-reader chunk. */
function legacyPlacement(site) {
  const carries = (rel) => SHEETJS.test(fs.readFileSync(path.join(site, rel), "utf8"));
  const pageScripts = PAGES.flatMap((html) => [...fs.readFileSync(path.join(site, html), "utf8").matchAll(/\ssrc="?(bundles\/[^"\s>]+\.js)/g)].map((m) => m[1]));
  const bundles = fs.readdirSync(path.join(site, "bundles")).filter((n) => n.endsWith(".js")).map((n) => `bundles/${n}`);
  return {
    pagesCarrying: pageScripts.filter(carries),
    chunksCarrying: bundles.filter((b) => !pageScripts.includes(b) && carries(b)),
    reader: bundles.filter((b) => /^bundles\/legacy-reader\.[0-9a-f]{8}\.js$/.test(b)),
  };
}

/** What is wrong with where SheetJS sits, in words (empty: all is well). */
function legacyProblems(site) {
  const p = legacyPlacement(site);
  const problems = p.pagesCarrying.map((s) => `${s}, a page's own script, carries SheetJS`);
  if (p.reader.length !== 1) problems.push(`expected one bundles/legacy-reader.*.js, found ${p.reader.length}`);
  if (p.chunksCarrying.length !== 1) problems.push(`expected SheetJS in one chunk, found it in ${p.chunksCarrying.length}`);
  return problems;
}

module.exports = { legacyPlacement, legacyProblems };

// `npm run demo`: fills the 四好 sample with the built CLI and shows its report. The sample
// holds errors on purpose, so exit code 1 ("the data has errors") is the expected outcome here.
"use strict";
const { spawnSync } = require("child_process");
const { join } = require("path");

const root = join(__dirname, "..");
const args = ["fill", "samples/sihao-province.xlsx", "-o", ".tmp/demo/sihao-province.reviewed.xlsx"];
console.log(`$ review-assistant ${args.join(" ")}\n`);
const r = spawnSync(process.execPath, [join(root, "bin", "review-assistant.js"), ...args], { cwd: root, stdio: "inherit" });
console.log(`\n(exit code ${r.status}: ${r.status === 1 ? "the sample's data has errors, as intended" : "see above"})`);
process.exit(r.status === 0 || r.status === 1 ? 0 : r.status ?? 2);

#!/usr/bin/env node
// Launcher: the CLI is compiled to dist/cli by `npm run build:cli`.
"use strict";
const { existsSync } = require("fs");
const { join } = require("path");

const entry = join(__dirname, "..", "dist", "cli", "cli", "index.js");
if (!existsSync(entry)) {
  process.stderr.write("review-assistant is not built yet: run `npm run build:cli` first.\n");
  process.exit(2);
}
require(entry);

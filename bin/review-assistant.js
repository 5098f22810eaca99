#!/usr/bin/env node
// Launcher: the CLI is compiled to dist/cli by `npm run build:cli` (and by `npm pack`, whose
// tarball carries dist/cli, so an installed copy never needs building).
"use strict";
const { existsSync } = require("fs");
const { join } = require("path");

const entry = join(__dirname, "..", "dist", "cli", "src", "cli", "index.js");
if (!existsSync(entry)) {
  process.stderr.write(
    "评审助手命令行尚未编译：请先运行 `npm run build:cli`。\n" +
      "review-assistant is not built yet: run `npm run build:cli` first.\n",
  );
  process.exit(2);
}
require(entry);

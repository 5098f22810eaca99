// Lints code snippets as if they were files of the repository, with its own ESLint config:
// JSON [{file, code}] on stdin, JSON [[ "rule: message", … ], …] on stdout. A child process,
// because ESLint loads eslint.config.mjs by dynamic import, which jest's sandbox cannot do.
import { ESLint } from "eslint";
import { readFileSync } from "fs";
import { join } from "path";

const root = join(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root });
const snippets = JSON.parse(readFileSync(0, "utf8"));
const out = [];
for (const { file, code } of snippets) {
  const [r] = await eslint.lintText(code, { filePath: join(root, file) });
  out.push(r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
process.stdout.write(JSON.stringify(out));

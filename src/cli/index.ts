/** The `review-assistant` program: Node's process wired to `main`. */
import { nodeIo } from "./io";
import { main } from "./main";

main(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not a user mistake: show everything, and keep exit code 1 free for "the data has errors".
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);

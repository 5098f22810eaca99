/** The `review-assistant` program: Node's process wired to `main`. */
import { nodeIo } from "./io";
import { main } from "./main";

main(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // `main` answers every failure itself; this is the last guard. Exit code 1 stays for "the data has errors".
    const debug = process.argv.includes("--debug");
    process.stderr.write(debug && e instanceof Error ? `${e.stack ?? e.message}\n` : `review-assistant: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);

import { execFileSync } from "child_process";
import { existsSync } from "fs";

const APT = "apt-get update && apt-get install -y chromium libreoffice-calc-nogui libxml2-utils fonts-noto-cjk";

function onPath(cmd: string): boolean {
  if (cmd.startsWith("/")) return existsSync(cmd);
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a system tool is here. Missing under CI=true is a failure, never a skip;
 * elsewhere the skip is announced loudly with the line that fixes it.
 */
export function needTool(cmd: string, what: string): boolean {
  if (onPath(cmd)) return true;
  const msg = `SKIPPED: ${what} needs \`${cmd}\`, which is not installed. Fix: ${APT}`;
  if (process.env.CI === "true") throw new Error(`CI=true and ${msg}`);
  process.stderr.write(`\n*** ${msg} ***\n\n`);
  return false;
}

/** `describe` when the tool is here, `describe.skip` (announced) when not. */
export function describeWithTool(cmd: string, what: string): jest.Describe {
  return needTool(cmd, what) ? describe : describe.skip;
}

/** @jest-environment jsdom */
/** The pane's 关于 line: the one version, from package.json. */
import { readFileSync } from "fs";
import { join } from "path";
import { App } from "../../src/taskpane/App";
import { render, text, type Rendered } from "../taskpane/dom";
import { FakeGateway } from "../taskpane/fakeGateway";

const ROOT = join(__dirname, "..", "..");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

describe("the 关于 line", () => {
  let shown: Rendered | null = null;
  afterEach(async () => {
    await shown?.unmount();
    shown = null;
  });

  it("names the version in Chinese", async () => {
    shown = await render(<App gateway={new FakeGateway([])} lang="zh" dark={false} />);
    expect(text()).toContain(`关于：评审助手 ${version}（命令行 review-assistant ${version}）`);
    expect(shown.container.querySelector("footer")?.textContent).toBe(`关于：评审助手 ${version}（命令行 review-assistant ${version}）`);
  });

  it("and in English", async () => {
    shown = await render(<App gateway={new FakeGateway([])} lang="en" dark={false} />);
    expect(text()).toContain(`About: Review Assistant ${version} (command line: review-assistant ${version})`);
  });
});

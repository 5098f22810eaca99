/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lazyPart } from "../../src/taskpane/components/LazyPart";
import { LangContext, langValue } from "../../src/taskpane/i18n";
import { click, clickable, render, text, waitFor, type Rendered } from "./dom";

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

function Hello({ name }: { name: string }) {
  return <p>你好，{name}</p>;
}

async function show(Part: React.ComponentType<{ name: string }>, lang: "zh" | "en" = "zh") {
  shown = await render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={langValue(lang)}>
        <Part name="四川省" />
      </LangContext.Provider>
    </FluentProvider>,
  );
}

test("a part loads and shows with its props", async () => {
  await show(lazyPart(() => Promise.resolve(Hello)));
  await waitFor(() => expect(text()).toContain("你好，四川省"));
});

test("a chunk that cannot be fetched shows a message in place of the part, and 重试 fetches it again", async () => {
  let calls = 0;
  // As webpack does when the network is down: the import rejects; it may succeed on a later call.
  const load = () => (++calls === 1 ? Promise.reject(Object.assign(new Error("Loading chunk 216 failed."), { name: "ChunkLoadError" })) : Promise.resolve(Hello));
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    await show(lazyPart(load));
    await waitFor(() => expect(text()).toContain("窗格的这一部分没能从加载项的服务器载入（可能是网络中断）。工作簿没有改动。"));
    expect(document.querySelector('[role="alert"]')).not.toBeNull();
    expect(text()).not.toContain("你好");
    await click(clickable("重试"));
    await waitFor(() => expect(text()).toContain("你好，四川省"));
    expect(text()).not.toContain("没能从加载项的服务器载入");
    expect(calls).toBe(2);
  } finally {
    quiet.mockRestore();
  }
});

test("the message follows the pane's language", async () => {
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    await show(lazyPart(() => Promise.reject(new Error("Loading chunk 216 failed."))), "en");
    await waitFor(() => expect(text()).toContain("This part of the pane could not be loaded from the add-in's server"));
    expect(clickable("Retry")).toBeTruthy();
  } finally {
    quiet.mockRestore();
  }
});

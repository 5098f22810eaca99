/**
 * @jest-environment jsdom
 *
 * 导入工作簿's dialog: the file picker offers every format the import reads, and an import
 * that stopped says why; for a part of the pane that could not be fetched (the import itself,
 * or the .xls/.ods reader) with 重试, which runs the import again.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ImportDialog } from "../../src/taskpane/components/ImportDialog";
import type { ImportControl } from "../../src/taskpane/useImport";
import { workbookFiles } from "../../src/taskpane/useImport";
import { click, clickable, render, text, type Rendered } from "./dom";

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

function control(failure: unknown, start: () => Promise<void> = async () => undefined): ImportControl {
  const nothing = () => undefined;
  return {
    open: true,
    files: [],
    province: null,
    running: false,
    stopping: false,
    progress: null,
    question: null,
    result: null,
    failure,
    show: nothing,
    close: nothing,
    pick: nothing,
    setProvince: nothing,
    answer: nothing,
    start,
    stop: nothing,
  };
}

async function show(c: ImportControl, lang: "zh" | "en" = "zh") {
  shown = await render(
    <FluentProvider theme={webLightTheme}>
      <ImportDialog lang={lang} control={c} />
    </FluentProvider>,
  );
}

const chunkError = (part?: string) => Object.assign(new Error("Loading chunk 412 failed."), { name: "ChunkLoadError", ...(part ? { part } : {}) });

test("the picker offers .xlsx, .xlsm, .xls, .et and .ods; a picked folder keeps those and drops Excel's lock files", async () => {
  await show(control(null));
  expect(document.querySelector('[data-testid="import-files"]')!.getAttribute("accept")).toBe(".xlsx,.xlsm,.xls,.et,.ods");
  const files = ["a.xlsx", "b.xls", "c.et", "d.ods", "e.xlsm", "~$a.xlsx", "notes.docx", "f.csv"].map((n) => new File([new Uint8Array(1)], n));
  expect(workbookFiles(files).map((f) => f.name)).toEqual(["a.xlsx", "b.xls", "c.et", "d.ods", "e.xlsm"]);
  expect(text()).toContain("选择各商会报来的工作簿（.xlsx、.xlsm，以及 .xls、WPS 表格、.ods）");
});

test("the .xls/.ods reader could not be fetched: said so, and 重试 runs the import again", async () => {
  const start = jest.fn(async () => undefined);
  await show(control(chunkError("legacy-reader"), start));
  const alert = document.querySelector('[data-testid="import-failed"]')!;
  expect(alert.getAttribute("role")).toBe("alert");
  expect(alert.textContent).toContain(
    "读取 .xls、WPS 表格和 .ods 文件的部分没能从加载项的服务器载入（可能是网络中断），导入已停止；已导入的文件完整无缺，再次导入时不会重复。请检查网络后选择“重试”。",
  );
  await click(clickable("重试"));
  expect(start).toHaveBeenCalledTimes(1);
});

test("the import's own part could not be fetched: the pane's message for a missing part, with Retry, in English too", async () => {
  await show(control(chunkError()), "en");
  expect(text()).toContain("This part of the pane could not be loaded from the add-in's server (the network may be down).");
  expect(clickable("Retry")).toBeTruthy();
});

test("any other failure is put in words, without 重试", async () => {
  await show(control(Object.assign(new Error("x"), { code: "AccessDenied" })));
  expect(document.querySelector('[data-testid="import-failed"]')).not.toBeNull();
  expect(text()).not.toContain("重试");
});

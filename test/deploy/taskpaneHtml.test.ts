/**
 * taskpane.html, before any bundle: where the pane cannot start at all (a webview too old for
 * the bundle, office.js unreachable), it says why instead of staying blank. Run in jsdom with
 * the user agents Office's webviews send.
 */
import { Parser } from "acorn";
import { readFileSync } from "fs";
import { JSDOM, ResourceLoader } from "jsdom";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

describe("taskpane.html where the pane cannot start", () => {
  const template = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8").replace(
    "<%= officeJs %>",
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  );
  const UA = {
    trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko",
    edgeLegacy: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
    webview2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
  };

  /** Sends the webview's user agent and loads nothing: office.js is simulated by `office`. */
  class Offline extends ResourceLoader {
    override fetch() {
      return null;
    }
  }

  /** The page as Office would show it; `office` says whether office.js arrived from the CDN. */
  function root(userAgent: string, office: boolean): HTMLElement {
    const dom = new JSDOM(template, {
      runScripts: "dangerously",
      resources: new Offline({ userAgent }),
      beforeParse(window) {
        if (office) Object.assign(window, { Office: {} });
      },
    });
    expect(dom.window.navigator.userAgent).toBe(userAgent);
    return dom.window.document.getElementById("root")!;
  }

  it("is ES5, so that Internet Explorer 11 can run it", () => {
    const inline = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    expect(() => Parser.parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
  });

  it("explains an Internet Explorer or Edge Legacy webview, in Chinese then English", () => {
    for (const ua of [UA.trident, UA.edgeLegacy]) {
      const el = root(ua, true);
      const alert = el.querySelector('[role="alert"]')!;
      const [zh, en] = [...alert.querySelectorAll("p")].map((p) => p.textContent);
      expect(zh).toBe(
        "评审助手无法在这个版本的 Excel 中运行：它用 Internet Explorer 或旧版 Edge 显示加载项（例如 Office 2019 批量许可版）。请使用 Microsoft 365、Office 2021 或更新版本，或网页版 Excel；Office 2019 零售版安装 Microsoft Edge WebView2 运行时后可以使用。命令行 review-assistant 不受此限制。",
      );
      expect(en).toContain("Review Assistant cannot run in this version of Excel");
    }
  });

  it("explains office.js missing from Microsoft's CDN", () => {
    const el = root(UA.webview2, false);
    expect(el.textContent).toContain("评审助手无法启动：无法从微软的网络加载 office.js（https://appsforoffice.microsoft.com）");
    expect(el.textContent).toContain("office.js could not be loaded from Microsoft's network");
  });

  it("leaves the page to the pane in WebView2 with office.js loaded", () => {
    expect(root(UA.webview2, true).childNodes).toHaveLength(0);
  });
});

/**
 * The ribbon's function file. 快速校验 checks the workbook without writing and tells the
 * counts in a small dialog; the command completes when the reviewer closes it.
 */
import { strings, type Lang } from "../core";
import { createGateway } from "../taskpane/gateway";
import { officeLang } from "../taskpane/office";
import { quickCheck } from "./quickCheck";

function noticeUrl(lang: Lang, title: string, text: string): string {
  const q = new URLSearchParams({ lang, title, text });
  return new URL(`notice.html?${q.toString()}`, window.location.href).toString();
}

function tell(lang: Lang, text: string, done: () => void): void {
  const url = noticeUrl(lang, strings(lang).ui.appName, text);
  Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (res) => {
    if (res.status !== Office.AsyncResultStatus.Succeeded) {
      done();
      return;
    }
    res.value.addEventHandler(Office.EventType.DialogEventReceived, () => done());
  });
}

async function onQuickCheck(event: Office.AddinCommands.Event): Promise<void> {
  const lang = officeLang();
  const done = () => event.completed();
  let text: string;
  try {
    text = await quickCheck(createGateway(), lang);
  } catch {
    text = strings(lang).ui.command.failed;
  }
  tell(lang, text, done);
}

Office.onReady(() => {
  Office.actions.associate("quickCheck", onQuickCheck);
});

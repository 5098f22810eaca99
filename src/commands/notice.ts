/**
 * The small dialog the 快速校验 ribbon command opens to tell its result: the text arrives
 * worded in the query string and is shown as plain text, never as markup.
 */
const params = new URLSearchParams(window.location.search);
const lang = params.get("lang") === "en" ? "en" : "zh-CN";
document.documentElement.lang = lang;
const title = params.get("title");
const text = params.get("text");
if (title) {
  document.getElementById("title")!.textContent = title;
  document.title = title;
}
if (text) document.getElementById("text")!.textContent = text;

/** The two HTML pages of the playground: the workbook with the pane beside it, and the pane itself. */

export function playgroundPage(lang: string, theme: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>评审助手 · 演练场 Playground</title>
<style>
  html, body { margin: 0; height: 100%; font-family: "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; }
  body { display: flex; flex-direction: column; background: #f3f2f1; color: #242424; }
  #top { display: flex; align-items: center; gap: 12px; padding: 6px 12px; background: #107c41; color: #fff; font-size: 14px; }
  #top h1 { font-size: 15px; margin: 0; font-weight: 600; }
  #top .file { opacity: .9; }
  #top label, #top button { font: inherit; color: #107c41; background: #fff; border: 0; border-radius: 4px; padding: 3px 10px; cursor: pointer; }
  #top label:focus-within, #top button:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
  #top input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; }
  #main { flex: 1; display: flex; min-height: 0; }
  #grid { flex: 1; min-width: 0; display: flex; flex-direction: column; background: #fff; }
  #grid .scroll { flex: 1; overflow: auto; }
  #grid .note, #grid .more { padding: 8px 12px; color: #616161; }
  table.sheet { border-collapse: collapse; font-size: 13px; table-layout: fixed; }
  table.sheet col { width: 88px; }
  table.sheet col.rowhead { width: 40px; }
  table.sheet th { position: sticky; background: #f5f5f5; color: #424242; font-weight: 400; border: 1px solid #e0e0e0; padding: 1px 4px; }
  table.sheet thead th { top: 0; z-index: 1; }
  table.sheet tbody th { left: 0; text-align: right; }
  table.sheet td.corner { position: sticky; top: 0; left: 0; z-index: 2; background: #f5f5f5; border: 1px solid #e0e0e0; }
  table.sheet td { border: 1px solid #e6e6e6; padding: 1px 4px; height: 20px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  table.sheet td.num { text-align: right; }
  table.sheet td.selected { outline: 2px solid #107c41; outline-offset: -2px; }
  table.sheet a { color: #0f6cbd; }
  #grid .tabs { display: flex; gap: 2px; padding: 0 8px; background: #f3f2f1; border-top: 1px solid #d1d1d1; overflow-x: auto; flex: none; }
  #grid .tab { font: inherit; font-size: 13px; border: 0; background: transparent; padding: 6px 12px; cursor: pointer; white-space: nowrap; color: #242424; }
  #grid .tab.active { background: #fff; color: #0e5c2f; font-weight: 600; border-bottom: 2px solid #107c41; }
  #grid .tab:focus-visible { outline: 2px solid #000; outline-offset: -2px; }
  #pane { width: 320px; flex: none; border: 0; border-left: 1px solid #d1d1d1; background: #fff; }
</style>
</head>
<body>
<div id="top"></div>
<div id="main">
  <main id="grid" aria-label="工作簿"></main>
  <iframe id="pane" src="/pane.html?lang=${encodeURIComponent(lang)}&amp;theme=${encodeURIComponent(theme)}" title="评审助手 任务窗格"></iframe>
</div>
<script src="/bundle/grid.js"></script>
</body>
</html>`;
}

/**
 * The pane as Excel would load it, except that Office.js comes from node_modules: the Excel
 * runtime file (object model and request machinery), then the small Office surface (shim).
 */
export function panePage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>评审助手</title>
<script src="/office-js/excel-web-16.00.js"></script>
<style>html, body { margin: 0; }</style>
</head>
<body>
<div id="root"></div>
<script src="/bundle/pane.js"></script>
</body>
</html>`;
}

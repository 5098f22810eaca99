/**
 * The one seam between Excel and a local host: how a batch gets its request context. In
 * Excel, `Excel.run` makes one for the open workbook; given a session URL (tests, the
 * playground) the runtime sends each sync to `{url}/ProcessQuery` instead.
 */
export function runExcel<T>(session: string | undefined, mergeUndoGroup: boolean, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const options: Excel.RunOptions = {};
  if (session) options.session = session;
  // ExcelApi 1.20: every sync of this run becomes one Ctrl+Z step.
  if (mergeUndoGroup) options.mergeUndoGroup = true;
  return Excel.run(options, batch);
}

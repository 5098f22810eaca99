/**
 * What a fill, an undo or a clear reads first: the sheets with their protection, whether
 * the workbook's structure is locked, the memo and the undo record parts. One sync, and one
 * more for the memo's XML when the workbook has one.
 */
import { MEMO_NAMESPACE, MemoState, UNDO_NAMESPACE, mergeMemos } from "../core";
import { SyncCount } from "./budget";
import { queueParts, readPartXmls } from "./memoPart";

export interface WorkbookNow {
  sheets: { name: string; protected: boolean }[];
  structureLocked: boolean;
  memoParts: Excel.CustomXmlPart[];
  /** The memo's XML, part by part (empty when the workbook has none). */
  memoXmls: string[];
  memo: MemoState;
  undoParts: Excel.CustomXmlPart[];
}

export async function readNow(context: Excel.RequestContext, count: SyncCount): Promise<WorkbookNow> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  const lock = context.workbook.protection;
  lock.load("protected");
  const memo = queueParts(context, MEMO_NAMESPACE);
  const undo = queueParts(context, UNDO_NAMESPACE);
  count.n++;
  await context.sync();
  const memoXmls = memo.items.length ? await readPartXmls(context, memo.items, count) : [];
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    structureLocked: lock.protected,
    memoParts: memo.items,
    memoXmls,
    memo: mergeMemos(memoXmls),
    undoParts: undo.items,
  };
}

/** The sheet of that name ignoring case, as Excel finds sheets. */
export function sheetFinder(now: WorkbookNow): (name: string) => { name: string; protected: boolean } | undefined {
  const m = new Map(now.sheets.map((s) => [s.name.toLowerCase(), s]));
  return (name) => m.get(name.toLowerCase());
}

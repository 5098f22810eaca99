/**
 * The issues list's rows without an object per row (issueRows.ts): each row read by index, in
 * any order, is the header or issue it should be, folded groups show their header only, and a
 * row's key is what its measured height follows.
 */
import { makeIssue, type Issue, type Review } from "../../src/core";
import { groupIssues, issueRows } from "../../src/taskpane/issueRows";

const warn = (sheet: string, row: number) => makeIssue("SCORE_PRECISION", sheet, { row, col: 4 }, { value: "9.75" });
const error = (sheet: string, row: number) => makeIssue("SCORE_MISSING", sheet, { row, col: 4 }, { max: 10 });

// Workbook order: A (2 warnings), B (1 error, 1 warning), C (1 warning). Groups with errors first: B, A, C.
const issues: Issue[] = [warn("A", 5), warn("A", 6), warn("B", 5), error("B", 6), warn("C", 9)];
const review = { issues, sheetTitles: { A: "甲商会", B: "乙商会" } } as unknown as Review;

/** Each row as a short word: `B` for B's header, `B:1` for B's second issue. */
function words(rows: ReturnType<typeof issueRows>, order: number[]): string[] {
  return order.map((i) => {
    const r = rows.at(i);
    return r.kind === "group" ? r.group.sheet : `${r.group.sheet}:${r.index}`;
  });
}

test("every group open: headers and issues in list order, read forwards, backwards or at random", () => {
  const rows = issueRows(groupIssues(review, "all"), new Set());
  expect(rows.length).toBe(8);
  const all = ["B", "B:0", "B:1", "A", "A:0", "A:1", "C", "C:0"];
  expect(words(rows, [0, 1, 2, 3, 4, 5, 6, 7])).toEqual(all);
  expect(words(rows, [7, 6, 5, 4, 3, 2, 1, 0])).toEqual([...all].reverse());
  expect(words(rows, [5, 0, 7, 2, 3])).toEqual(["A:1", "B", "C:0", "B:1", "A"]);
  expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => rows.isGroup(i))).toEqual([true, false, false, true, false, false, true, false]);
  const b = rows.at(2);
  expect(b.kind === "issue" && b.issue).toBe(issues[3]);
  expect(rows.at(0)).toMatchObject({ kind: "group", open: true, group: { sheet: "B", title: "乙商会", errors: 1 } });
});

test("a folded group shows its header only, marked closed", () => {
  const rows = issueRows(groupIssues(review, "all"), new Set(["A"]));
  expect(rows.length).toBe(6);
  expect(words(rows, [0, 1, 2, 3, 4, 5])).toEqual(["B", "B:0", "B:1", "A", "C", "C:0"]);
  expect(rows.at(3)).toMatchObject({ kind: "group", open: false });
  const none = issueRows(groupIssues(review, "all"), new Set(["A", "B", "C"]));
  expect(words(none, [2, 1, 0])).toEqual(["C", "A", "B"]);
});

test("keys: a header by its sheet (the same in the next review), an issue by itself", () => {
  const rows = issueRows(groupIssues(review, "all"), new Set());
  expect(rows.keyAt(0)).toBe("g\u0000B");
  expect(rows.keyAt(3)).toBe("g\u0000A");
  expect(rows.keyAt(4)).toBe(issues[0]);
  expect(rows.keyAt(7)).toBe(issues[4]);
});

test("indexOf finds the row of an issue, and -1 when it is filtered out or folded away", () => {
  const rows = issueRows(groupIssues(review, "all"), new Set());
  expect(issues.map((i) => rows.indexOf(i))).toEqual([4, 5, 1, 2, 7]);
  const folded = issueRows(groupIssues(review, "all"), new Set(["A"]));
  expect(folded.indexOf(issues[0])).toBe(-1);
  expect(folded.indexOf(issues[4])).toBe(5);
  const errors = issueRows(groupIssues(review, "error"), new Set());
  expect(errors.length).toBe(2);
  expect(errors.indexOf(issues[0])).toBe(-1);
  expect(errors.indexOf(issues[3])).toBe(1);
});

test("no issues: no rows", () => {
  const rows = issueRows(groupIssues({ issues: [], sheetTitles: {} } as unknown as Review, "all"), new Set());
  expect(rows.length).toBe(0);
  expect(rows.indexOf(issues[0])).toBe(-1);
});

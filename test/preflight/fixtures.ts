/** Workbooks for 发送前检查 and the stamp: a chamber's own file as it is sent upward. */
import { Cell, Grid, gridFromValues } from "../../src/core";
import { copyGrid, setCell } from "../../src/core/testing";
import { quotaGrid, scores, selfGrid, summaryGrid } from "../helpers/grids";

/** A 自评表 (header on row 3) whose row 2 also holds 联系人 and 联系电话 labels. */
export function selfWithContact(name: string, chamber: string, person: Cell, phone: Cell, s = scores()): Grid {
  const g = copyGrid(selfGrid(name, chamber, s));
  setCell(g, 1, 2, "联系人：");
  setCell(g, 1, 3, person);
  setCell(g, 1, 4, "联系电话：");
  setCell(g, 1, 5, phone);
  return g;
}

/** A province's file that passes: summary, quota and two full 自评表. */
export function goodBook(): Grid[] {
  return [
    summaryGrid([
      { name: "甲商会", stated: 500 },
      { name: "乙商会", stated: 500 },
    ]),
    quotaGrid({ 四川省: 2 }),
    selfWithContact("甲商会", "甲商会", "张三", "028-86001234"),
    selfWithContact("乙商会", "乙商会", "李四", "13800001234"),
  ];
}

/** The same file with a blank name, a blank contact, a phone that is not one and a score that is text. */
export function badBook(): Grid[] {
  return [
    summaryGrid([
      { name: "甲商会", stated: 500 },
      { name: "乙商会", stated: 500 },
    ]),
    quotaGrid({ 四川省: 2 }),
    selfWithContact("甲商会", "", "", "无", scores({ 5: "十分" })),
    selfWithContact("乙商会", "乙商会", "李四", "13800001234"),
  ];
}

export function blankBook(): Grid[] {
  return [gridFromValues("Sheet1", [])];
}

import { CheckKey, CheckState, Preflight, pointMessage, preflight, review } from "../../src/core";
import { badBook, blankBook, goodBook } from "./fixtures";
import { selfGrid } from "../helpers/grids";

function states(pf: Preflight): Record<CheckKey, CheckState> {
  return Object.fromEntries(pf.items.map((i) => [i.key, i.state])) as Record<CheckKey, CheckState>;
}

function points(pf: Preflight, key: CheckKey): string[] {
  return pf.items.find((i) => i.key === key)!.points.map((p) => `${p.sheet}!${p.cell} ${pointMessage(p)}`);
}

describe("发送前检查", () => {
  it("passes a complete province file: 可以发送", () => {
    const grids = goodBook();
    const pf = preflight(review(grids), grids);
    expect(pf.ready).toBe(true);
    expect(states(pf)).toEqual({ sheets: "pass", name: "pass", contact: "pass", scores: "pass", totals: "pass", status: "pass", textLimits: "na", quota: "pass" });
  });

  it("names every blank name, contact, bad phone and bad score with its cell: 需要修改", () => {
    const grids = badBook();
    const pf = preflight(review(grids), grids);
    expect(pf.ready).toBe(false);
    expect(states(pf)).toEqual({ sheets: "pass", name: "fail", contact: "fail", scores: "fail", totals: "pass", status: "fail", textLimits: "na", quota: "pass" });
    expect(points(pf, "name")).toEqual(['甲商会!B2 "商会名称"后面是空的，请填写名称']);
    expect(points(pf, "contact")).toEqual(['甲商会!D2 "联系人"没有填写', '甲商会!F2 "联系电话"不像电话号码："无"，请填写 7 位以上的数字号码']);
    expect(points(pf, "scores")).toEqual(['甲商会!E8 自评分不是数字："十分"']);
    expect(points(pf, "status")).toEqual(['推荐名单汇总表!C4 "甲商会"的资格无法判定（待核），请先改正它的错误']);
  });

  it("says 需要修改 for a blank workbook and why", () => {
    const grids = blankBook();
    const pf = preflight(review(grids), grids);
    expect(pf.ready).toBe(false);
    expect(states(pf)).toEqual({ sheets: "fail", name: "pass", contact: "na", scores: "pass", totals: "pass", status: "na", textLimits: "na", quota: "na" });
    expect(pf.items[0].points.map((p) => p.code)).toEqual(["NO_KNOWN_SHEET"]);
  });

  it("asks for no contact where the form has none, and no quota without a summary", () => {
    const grids = [selfGrid("丙商会", "丙商会")];
    const pf = preflight(review(grids), grids);
    expect(pf.ready).toBe(true);
    expect(states(pf).contact).toBe("na");
    expect(states(pf).quota).toBe("na");
  });

  it("speaks English too", () => {
    const grids = badBook();
    const pf = preflight(review(grids), grids, "en");
    expect(pointMessage(pf.items.find((i) => i.key === "contact")!.points[1], "en")).toBe('"联系电话" does not look like a phone number: "无" (7 digits or more expected)');
  });
});

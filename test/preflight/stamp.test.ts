import { createHash } from "crypto";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  Grid,
  PlanValue,
  SheetSpec,
  buildWritePlan,
  copyGrid,
  gridFromValues,
  gridToValues,
  makeStamp,
  review,
  setCell,
  sheetDigest,
  stampMessage,
  stampSheet,
  verifyStamp,
} from "../../src/core";
import { createXlsx, openXlsx } from "../../src/xlsx";
import { applyValues } from "../helpers/apply";
import { specToGrid } from "../helpers/grids";
import { cli, json } from "../cli/helpers";
import { goodBook } from "./fixtures";

const NOW = new Date(2026, 11, 2, 9, 30);

function stamped(grids: Grid[]): Grid[] {
  return [...grids, specToGrid(stampSheet(makeStamp(grids, review(grids), NOW), "zh"))];
}

/** 甲商会's item 2 (row 5, column E) lowered from 15 to 12, as a clerk would after the check. */
function edited(grids: Grid[]): Grid[] {
  return grids.map((g) => {
    if (g.name !== "甲商会") return g;
    const c = copyGrid(g);
    setCell(c, 4, 4, 12);
    return c;
  });
}

describe("check stamp (校验记录)", () => {
  it("hashes values by position with SHA-256, ignoring empty cells", () => {
    const g = gridFromValues("表", [["甲", "", 12.5], [null, true]]);
    const text = "0\t0\ts甲\n0\t2\tn12.5\n1\t1\tbT\n";
    expect(sheetDigest(g)).toEqual({ sheet: "表", hash: `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`, cells: 3 });
  });

  it("matches right after it is written, and says so", () => {
    const grids = stamped(goodBook());
    const v = verifyStamp(grids, review(grids));
    expect(v).toMatchObject({ present: true, matches: true, changedSheets: [], sheet: "校验记录", time: "2026-12-02 09:30" });
    expect(stampMessage(v, "zh")).toBe("与发送前校验一致（校验时间 2026-12-02 09:30，评审助手 1.0.0）");
  });

  it("is never a chamber sheet: the review is the same with or without it", () => {
    const plain = goodBook();
    const grids = stamped(plain);
    expect(review(grids).issues).toEqual(review(plain).issues);
    expect(review(grids).entries.map((e) => e.name)).toEqual(["甲商会", "乙商会"]);
  });

  it("names the sheet whose score changed", () => {
    const grids = edited(stamped(goodBook()));
    const v = verifyStamp(grids, review(grids));
    expect(v).toMatchObject({ present: true, matches: false, changedSheets: ["甲商会"] });
    expect(stampMessage(v, "zh")).toBe('自上次校验后，以下工作表的内容有改动："甲商会"');
  });

  it("still matches after results are filled in (result columns are the tool's own)", () => {
    const grids = stamped(goodBook());
    const filled = applyValues(grids, buildWritePlan(review(grids), { now: NOW }));
    expect(verifyStamp(filled, review(filled)).matches).toBe(true);
  });

  it("names a removed sheet, and reports a stamp whose hashes were edited as damaged", () => {
    const grids = stamped(goodBook()).filter((g) => g.name !== "乙商会");
    expect(verifyStamp(grids, review(grids)).changedSheets).toEqual(["乙商会"]);
    const broken = stamped(goodBook()).map((g) => {
      if (g.name !== "校验记录") return g;
      const c = copyGrid(g);
      setCell(c, 8, 1, "12345");
      return c;
    });
    expect(verifyStamp(broken, review(broken))).toMatchObject({ present: true, matches: false, damaged: true });
  });

  it("says nothing when there is no stamp", () => {
    const grids = goodBook();
    expect(verifyStamp(grids, review(grids))).toEqual({ present: false, matches: null, changedSheets: [] });
  });
});

function spec(g: Grid): SheetSpec {
  return { name: g.name, values: gridToValues(g) as PlanValue[][], merges: g.merges ?? [], widths: [] };
}

/** The file as the chamber sent it: its sheets, then the stamp the pane wrote (through the file adapter's addSheets). */
function fileOf(grids: Grid[], stampFrom: Grid[]): Uint8Array {
  const book = openXlsx(createXlsx(grids.map(spec)));
  book.addSheets([stampSheet(makeStamp(stampFrom, review(stampFrom), NOW), "zh")]);
  return book.toBytes();
}

describe("check stamp on the command line", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ra-stamp-"));
    writeFileSync(join(dir, "sent.xlsx"), fileOf(goodBook(), goodBook()));
    writeFileSync(join(dir, "edited.xlsx"), fileOf(edited(goodBook()), goodBook()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports the unchanged file as consistent, exit 0 = 可以发送", async () => {
    const run = await cli(["check", "sent.xlsx", "--json"], dir);
    expect(run.code).toBe(0);
    const r = json(run);
    expect(r.stamp).toEqual({ present: true, matches: true, changedSheets: [] });
    expect((r.preflight as { verdict: string }).verdict).toBe("ready");
    const human = await cli(["check", "sent.xlsx"], dir);
    expect(human.stdout).toContain("发送前检查：可以发送\n");
    expect(human.stdout).toContain("与发送前校验一致（校验时间 2026-12-02 09:30，评审助手 1.0.0）\n");
  });

  it("names the edited sheet", async () => {
    const run = await cli(["check", "edited.xlsx", "--json"], dir);
    expect(json(run).stamp).toEqual({ present: true, matches: false, changedSheets: ["甲商会"] });
    const human = await cli(["check", "edited.xlsx"], dir);
    expect(human.stdout).toContain('自上次校验后，以下工作表的内容有改动："甲商会"\n');
  });
});

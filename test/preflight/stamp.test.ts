import { createHash } from "crypto";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Grid, PlanValue, SheetSpec, buildWritePlan, gridFromValues, makeStamp, review, stampIntact, toJsonReport, stampMessage, stampSheet, verifyStamp } from "../../src/core";
import { copyGrid, gridToValues, readStamp, setCell, sheetDigest } from "../../src/core/testing";
import { createXlsx, openXlsx } from "../../src/xlsx";
import { applyValues } from "../helpers/apply";
import { quotaGrid, scores, specToGrid, summaryGrid } from "../helpers/grids";
import { cli, json, withSetting } from "../cli/helpers";
import { goodBook, selfWithContact } from "./fixtures";

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

/** A province's file whose quota sheet gives 四川省 one place for its two chambers: 乙商会 (499) is outside. */
function quotaOne(): Grid[] {
  return [
    summaryGrid([
      { name: "甲商会", stated: 500 },
      { name: "乙商会", stated: 499 },
    ]),
    quotaGrid({ 四川省: 1 }),
    selfWithContact("甲商会", "甲商会", "张三", "028-86001234"),
    selfWithContact("乙商会", "乙商会", "李四", "13800001234", scores({ 2: 14 })),
  ];
}

const within = (grids: Grid[], quotaSetting: Parameters<typeof review>[1] = {}) => toJsonReport(review(grids, quotaSetting)).entries.map((e) => (e as { withinQuota: string }).withinQuota);

/** An earlier version's stamp: the same sheet without the settings table. */
function earlierStamp(grids: Grid[]): Grid {
  const values = stampSheet(makeStamp(grids, review(grids), NOW), "zh").values;
  const at = values.findIndex((r) => r[0] === "设置");
  const end = values.findIndex((r, i) => i > at && r[0] === null);
  return specToGrid({ ...stampSheet(makeStamp(grids, review(grids), NOW), "zh"), values: [...values.slice(0, at), ...values.slice(end + 1)] });
}

describe("the stamp covers the stored settings the review reads (SPEC §7)", () => {
  it("quotas set in the pane after the stamp turn 乙商会 to 名额内 是: the check names the setting, not 一致", () => {
    const grids = stamped(quotaOne());
    expect(within(grids)).toEqual(["yes", "no"]);
    const pane = { quotaSetting: { every: 2, groups: {} } };
    expect(within(grids, pane)).toEqual(["yes", "yes"]);
    const v = verifyStamp(grids, review(grids, pane));
    expect(v).toMatchObject({ present: true, matches: false, changedSheets: [], changedSettings: ["quotas"], unverifiedSettings: [] });
    expect(stampMessage(v, "zh")).toBe("自上次校验后，以下设置有改动：任务窗格中设置的名额");
    expect(stampMessage(v, "en")).toBe("Settings changed since the last check: quotas set in the pane");
  });

  it("a stamp made with pane quotas matches while they stay, written either way (四川 is 四川省); removed, they are a change", () => {
    const plain = quotaOne();
    const pane = { quotaSetting: { every: null, groups: { 四川省: 2 } } };
    const grids = [...plain, specToGrid(stampSheet(makeStamp(plain, review(plain, pane), NOW), "zh"))];
    expect(verifyStamp(grids, review(grids, pane)).matches).toBe(true);
    expect(verifyStamp(grids, review(grids, { quotaSetting: { every: null, groups: { 四川: 2 } } })).matches).toBe(true);
    expect(verifyStamp(grids, review(grids))).toMatchObject({ matches: false, changedSettings: ["quotas"] });
  });

  it("lists each setting under its own label, so that later versions can add theirs", () => {
    const plain = quotaOne();
    const values = stampSheet(makeStamp(plain, review(plain, { quotaSetting: { every: 2, groups: {} } }), NOW), "zh").values;
    expect(values.slice(6, 10)).toEqual([
      [null, null, null],
      ["设置", "内容哈希", null],
      ["任务窗格中设置的名额", "sha256:b2d994d2cfdc8028ba75aa2b427494908c2a9ae6f0af582ba72abfaef5b76874", null],
      [null, null, null],
    ]);
    expect(stampSheet(makeStamp(plain, review(plain), NOW), "en").values[8]).toEqual(["Quotas set in the pane", "sha256:74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b", null]);
    // A setting a newer version records is read and left aside: this version's review does not read it.
    const newer = specToGrid({ ...stampSheet(makeStamp(plain, review(plain), NOW), "zh"), values: [...values.slice(0, 9), ["人工认定记录", `sha256:${"0".repeat(64)}`, null], ...values.slice(9)] });
    expect(readStamp(newer)!.settings).toEqual([
      { key: "quotas", hash: "sha256:b2d994d2cfdc8028ba75aa2b427494908c2a9ae6f0af582ba72abfaef5b76874" },
      { key: "人工认定记录", hash: `sha256:${"0".repeat(64)}` },
    ]);
  });

  it("an earlier version's stamp (no settings) is still compared, and says it is from an earlier version; pane quotas set now cannot be verified", () => {
    const plain = quotaOne();
    const grids = [...plain, earlierStamp(plain)];
    expect(readStamp(grids[grids.length - 1])!.settings).toBeNull();
    const v = verifyStamp(grids, review(grids));
    expect(v).toMatchObject({ present: true, matches: true, changedSheets: [], earlier: true });
    expect(stampMessage(v, "zh")).toBe("与发送前校验一致（校验时间 2026-12-02 09:30，评审助手 1.0.0）\n此校验记录由较早版本的评审助手写入，不含工作簿中保存的设置（如任务窗格中设置的名额）。");
    const set = verifyStamp(grids, review(grids, { quotaSetting: { every: 2, groups: {} } }));
    expect(set).toMatchObject({ matches: false, changedSettings: [], unverifiedSettings: ["quotas"] });
    expect(stampMessage(set, "zh")).toBe("校验记录由较早版本的评审助手写入，没有记录任务窗格中设置的名额，无法核对它们是否改动。请重新做发送前检查并写入校验记录。");
    // Its sheets are still compared; untouched, it is the tool's and a new stamp may replace it.
    expect(verifyStamp(edited(grids), review(edited(grids))).changedSheets).toEqual(["甲商会"]);
    expect(stampIntact(grids[grids.length - 1])).toBe(true);
  });

  it("a stamp sheet holding anything but what the tool wrote is not the tool's to replace", () => {
    const g = specToGrid(stampSheet(makeStamp(quotaOne(), review(quotaOne()), NOW), "en"));
    expect(stampIntact(g)).toBe(true);
    const noted = copyGrid(g);
    setCell(noted, 3, 3, "checked by phone");
    expect(stampIntact(noted)).toBe(false);
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
    expect(r.stamp).toEqual({ present: true, matches: true, changedSheets: [], changedSettings: [], unverifiedSettings: [] });
    expect((r.preflight as { verdict: string }).verdict).toBe("ready");
    const human = await cli(["check", "sent.xlsx"], dir);
    expect(human.stdout).toContain("发送前检查：可以发送\n");
    expect(human.stdout).toContain("与发送前校验一致（校验时间 2026-12-02 09:30，评审助手 1.0.0）\n");
  });

  it("names the pane's quotas set after the stamp (read from the workbook's add-in settings)", async () => {
    writeFileSync(join(dir, "quota.xlsx"), fileOf(quotaOne(), quotaOne()));
    const set = withSetting(dir, "quota.xlsx", "quota-set.xlsx", "reviewAssistant.quotas", { every: 2, groups: {} });
    const run = await cli(["check", set, "--json"], dir);
    expect(json(run).stamp).toEqual({ present: true, matches: false, changedSheets: [], changedSettings: ["quotas"], unverifiedSettings: [] });
    expect((await cli(["check", set], dir)).stdout).toContain("自上次校验后，以下设置有改动：任务窗格中设置的名额\n");
    const same = await cli(["check", "quota.xlsx", "--json"], dir);
    expect(json(same).stamp).toEqual({ present: true, matches: true, changedSheets: [], changedSettings: [], unverifiedSettings: [] });
  });

  it("names the edited sheet", async () => {
    const run = await cli(["check", "edited.xlsx", "--json"], dir);
    expect(json(run).stamp).toEqual({ present: true, matches: false, changedSheets: ["甲商会"], changedSettings: [], unverifiedSettings: [] });
    const human = await cli(["check", "edited.xlsx"], dir);
    expect(human.stdout).toContain('自上次校验后，以下工作表的内容有改动："甲商会"\n');
  });
});

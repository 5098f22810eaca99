/**
 * zod is loaded only when a custom scheme is checked (src/core/engine/schemes/checker.ts): a review
 * under a built-in scheme, a stored built-in id, the pane's quota setting and the write plan
 * never load it; the first custom scheme does, once, and is then checked as before. When the
 * checker cannot be loaded (the pane offline), the scheme is refused in both languages.
 */
import * as core from "../../src/core";
import type * as Core from "../../src/core";
import { scores, selfGrid, summaryGrid } from "../helpers/grids";

// Counts loads of zod in this file's module registry (hoisted above the imports; nothing else here preloads it).
jest.mock("zod", () => {
  const g = globalThis as { zodLoads?: number };
  g.zodLoads = (g.zodLoads ?? 0) + 1;
  return jest.requireActual("zod");
});

const zodLoads = () => (globalThis as { zodLoads?: number }).zodLoads ?? 0;

const grids = () => [summaryGrid([{ name: "四川省餐饮商会", stated: 480 }]), selfGrid("餐饮商会", "四川省餐饮商会", scores({ 3: 99 }))];

test("a review under a built-in scheme never loads zod", async () => {
  const r = core.review(grids(), { quotaSetting: core.parseQuotaSetting('{"every":2}') as Core.QuotaSetting });
  expect([r.scheme.id, r.counts.errors]).toEqual(["sihao-2020", 1]);
  core.buildWritePlan(r, { now: new Date(2021, 2, 15) });
  core.toJsonReport(r);
  const stored = await core.resolveScheme({ named: null, useStored: true }, "sihao-2020");
  expect(stored.ok && stored.scheme?.id).toBe("sihao-2020");
  const unused = await core.resolveScheme({ named: core.builtinScheme("chuangxin-2021")!, useStored: false }, null);
  expect(unused).toMatchObject({ ok: true, source: "builtin", ignored: null });
  // A scheme file that is not JSON is answered before the checker is needed.
  const broken = await core.parseScheme("{");
  expect(broken.ok).toBe(false);
  expect(zodLoads()).toBe(0);
});

test("the first custom scheme loads zod once; its problems are worded as before", async () => {
  const good = await core.parseScheme('{"extends":"sihao-2020","threshold":300}');
  expect(good.ok && [good.scheme.id, (good.scheme as Core.ChamberScheme).threshold]).toEqual(["sihao-2020-custom", 300]);
  const bad = await core.loadScheme({ extends: "sihao-2020", threshold: "abc" });
  expect(bad.ok ? [] : bad.problems).toEqual([
    { path: "threshold", message: { zh: '应为不小于 0 的数字，实际是文字"abc"', en: 'must be a number of 0 or more, but is the text "abc"' } },
  ]);
  expect(zodLoads()).toBe(1);
});

test("a checker that cannot be loaded refuses the scheme with the reason, in both languages", async () => {
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/core/engine/schemes/checker", () => {
      throw new Error("Loading chunk 417 failed.");
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const isolated = require("../../src/core") as typeof Core;
    const r = await isolated.parseScheme('{"extends":"sihao-2020","threshold":300}');
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          path: "",
          message: {
            zh: "无法载入评审方案的检查程序（Loading chunk 417 failed.），方案未采用。请重新打开任务窗格（或检查网络）后再试",
            en: "The scheme checker could not be loaded (Loading chunk 417 failed.), so the scheme is not used. Reopen the task pane (or check the network) and try again",
          },
        },
      ],
    });
    // In the pane the same answer reaches the user as a stored scheme that cannot be used.
    const stored = await isolated.resolveScheme({ named: null, useStored: true }, '{"extends":"sihao-2020","id":"t300","threshold":300}');
    expect(stored).toMatchObject({ ok: false, reason: "badStored" });
  });
});

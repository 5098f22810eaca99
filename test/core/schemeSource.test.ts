/**
 * Where the rules come from (core/engine/schemes/resolve.ts), one rule for the pane, the ribbon and
 * the CLI: a kept scheme may not claim a built-in id, is named with its hash and told by how
 * it differs from the built-in it extends; the CLI uses it only when asked.
 */
import { createHash } from "crypto";
import { ChamberScheme, builtinScheme, describeDiff, loadStoredScheme, resolveScheme, storedLabel } from "../../src/core";
import { schemeDiff, schemeHash, sha256 } from "../../src/core/testing";

describe("hashes", () => {
  test("SHA-256 gives the standard answers", () => {
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // Multi-byte text and several blocks, against Node's own implementation.
    for (const text of ["评审助手", "a".repeat(100), "全国“四好”商会 🏛️".repeat(30)]) expect(sha256(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });

  test("a scheme's hash does not depend on the order of its keys", () => {
    const s = builtinScheme("sihao-2020") as ChamberScheme;
    const shuffled = Object.fromEntries(Object.entries(s).reverse()) as typeof s;
    expect(schemeHash(shuffled)).toBe(schemeHash(s));
    expect(schemeHash({ ...s, threshold: 300 } as ChamberScheme)).not.toBe(schemeHash(s));
  });
});

describe("a scheme kept in a workbook", () => {
  test("extending a built-in: named with its hash, told by its differences", async () => {
    const load = await loadStoredScheme(JSON.stringify({ extends: "sihao-2020", id: "sichuan-2020", shortTitle: { zh: "四川试点", en: "Sichuan pilot" }, threshold: 300, categories: [{ name: "政治引领好", max: 125 }, { name: "队伍建设好", max: 110 }, { name: "服务发展好", max: 115 }, { name: "自律规范好", max: 90 }, { name: "加分项", max: 60 }] }));
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    const s = load.stored;
    expect(s.base.id).toBe("sihao-2020");
    expect(s.diff).toEqual([{ path: "threshold", from: 350, to: 300 }]);
    expect(s.hash8).toBe(schemeHash(s.scheme).slice(0, 8));
    expect(storedLabel(s, "zh")).toBe(`方案来自工作簿：四川试点（${s.hash8}）`);
    expect(describeDiff(s, "zh")).toEqual(["与内置方案 sihao-2020 的不同：", "threshold 350 → 300"]);
    expect(describeDiff(s, "en")).toEqual(["Differs from built-in sihao-2020:", "threshold 350 → 300"]);
  });

  test("claiming a built-in id is refused, in both languages", async () => {
    const load = await loadStoredScheme(JSON.stringify({ extends: "sihao-2020", id: "sihao-2020", threshold: 300 }));
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.problems).toEqual([
      {
        path: "id",
        message: {
          zh: '工作簿中保存的方案使用了内置方案的 id "sihao-2020"，不予采用：工作簿中的方案必须使用自己的 id，以免被当作内置方案。',
          en: 'The scheme stored in the workbook uses the built-in id "sihao-2020" and is not used: a stored scheme must have its own id, so it is never taken for the built-in one.',
        },
      },
    ]);
  });

  test("a list of differences is cut at twelve lines, and says how many more", async () => {
    const s = await loadStoredScheme(JSON.stringify({ extends: "sihao-2020", id: "many", headers: { summary: { name: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"] } } }));
    if (!s.ok) throw new Error("refused");
    const lines = describeDiff(s.stored, "zh");
    expect(lines).toHaveLength(14);
    expect(lines[13]).toBe(`… 另有 ${s.stored.diff.length - 12} 处不同`);
    expect(schemeDiff({ a: [1, 2] }, { a: [1] })).toEqual([{ path: "a[1]", from: 2, to: undefined }]);
  });
});

describe("which scheme is used", () => {
  const kept = JSON.stringify({ extends: "sihao-2020", id: "t300", threshold: 300 });

  test("the CLI without --scheme workbook leaves a kept scheme unused and names it", async () => {
    const r = await resolveScheme({ named: null, useStored: false }, kept);
    expect(r).toMatchObject({ ok: true, scheme: null, source: "builtin", stored: null });
    expect(r.ok && r.ignored).toEqual({ title: builtinScheme("sihao-2020")!.shortTitle, hash8: expect.stringMatching(/^[0-9a-f]{8}$/) });
  });

  test("asked for (or in the pane), a kept scheme is used and its source is the workbook", async () => {
    const r = await resolveScheme({ named: null, useStored: true }, kept);
    expect(r.ok && r.source).toBe("workbook");
    expect(r.ok && (r.scheme as ChamberScheme).threshold).toBe(300);
    expect(await resolveScheme({ named: null, useStored: true }, null)).toEqual({ ok: false, reason: "noneStored" });
  });

  test("a scheme named on the command line wins, and the kept one is still told", async () => {
    const named = builtinScheme("chuangxin-2021")!;
    const r = await resolveScheme({ named, namedFrom: "builtin", useStored: false }, kept);
    expect(r.ok && r.scheme).toBe(named);
    expect(r.ok && r.ignored?.hash8).toMatch(/^[0-9a-f]{8}$/);
  });
});

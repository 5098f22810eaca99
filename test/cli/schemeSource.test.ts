/**
 * A workbook cannot quietly change the rules (SPEC §1): the CLI applies a stored scheme only
 * with `--scheme workbook`, a stored scheme may not claim a built-in id, consolidate never
 * takes rules from a source file, and the JSON says where the rules came from.
 */
import { rmSync, writeFileSync } from "fs";
import { join } from "path";
import { builtinScheme } from "../../src/core";
import { schemeHash } from "../../src/core/testing";
import { cli, json, sampleDir, withStoredScheme as stored } from "./helpers";

let dir: string;
beforeAll(() => (dir = sampleDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withStoredScheme = (source: string, value: string, name: string) => stored(dir, source, value, name);

const CLAIMS_BUILTIN = JSON.stringify({ extends: "sihao-2020", id: "sihao-2020", threshold: 300 });

describe("a stored scheme claiming a built-in id", () => {
  it("is refused when asked for, and left unused (and said so) otherwise: the verdict keeps the built-in 350", async () => {
    const file = withStoredScheme("sihao-province.xlsx", CLAIMS_BUILTIN, "claims.xlsx");
    const asked = await cli(["check", file, "--scheme", "workbook"], dir);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('工作簿中保存的方案使用了内置方案的 id "sihao-2020"，不予采用');
    const plain = await cli(["check", file, "--json"], dir);
    const r = json(plain);
    expect(r).toMatchObject({ scheme: "sihao-2020", schemeSource: "builtin", schemeHash: schemeHash(builtinScheme("sihao-2020")!) });
    expect(plain.stderr).toMatch(/无法使用的方案/);
    // 家具行业商会 totals 340: below the notice's 350 line, above the stored 300. The notice's line holds.
    expect(r.entries.find((e) => e.name === "四川省家具行业商会")).toMatchObject({ total: 340, status: "disqualified", reasons: ["BELOW_THRESHOLD"] });
  });
});

describe("where the rules came from, in the JSON", () => {
  it("schemeSource and schemeHash for a built-in, a file and the workbook", async () => {
    const builtin = json(await cli(["check", "sihao-province.xlsx", "--json"], dir));
    expect(builtin.schemeSource).toBe("builtin");
    expect(builtin.schemeHash).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(dir, "t300.json"), JSON.stringify({ extends: "sihao-2020", id: "t300", threshold: 300 }));
    const file = json(await cli(["check", "sihao-province.xlsx", "--json", "--scheme", "t300.json"], dir));
    expect(file.schemeSource).toBe("file");
    expect(file.schemeHash).not.toBe(builtin.schemeHash);
    const stored = withStoredScheme("sihao-province.xlsx", JSON.stringify({ extends: "sihao-2020", id: "t300", threshold: 300 }), "t300.xlsx");
    const wb = json(await cli(["check", stored, "--json", "--scheme", "workbook"], dir));
    expect(wb.schemeSource).toBe("workbook");
    // The same rules give the same hash, wherever they came from.
    expect(wb.schemeHash).toBe(file.schemeHash);
  });

  it("--scheme workbook on a workbook storing none is a clear usage error", async () => {
    const run = await cli(["check", "sihao-province.xlsx", "--scheme", "workbook"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('错误："sihao-province.xlsx"中没有保存的评审方案（--scheme workbook 需要工作簿中保存的方案）。\n');
  });
});

describe("consolidate never takes rules from a source file", () => {
  it("a source storing a stricter scheme changes no verdict, and is told", async () => {
    const plain = await cli(["consolidate", "consolidate", "-o", "plain.xlsx", "--json"], dir);
    const src = join("consolidate", "01-四川省科技装备业商会.xlsx");
    withStoredScheme(src, JSON.stringify({ extends: "sihao-2020", id: "strict", threshold: 499 }), src);
    const run = await cli(["consolidate", "consolidate", "-o", "out.xlsx", "--json"], dir);
    expect(run.stderr).toContain("1 个来源文件保存了评审方案，汇总时不采用来源文件中的方案。");
    expect(json(run)).toMatchObject({ scheme: "sihao-2020", schemeSource: "builtin" });
    expect(json(run).entries).toEqual(json(plain).entries.map((e) => ({ ...e })));
    const asked = await cli(["consolidate", "consolidate", "-o", "x.xlsx", "--scheme", "workbook"], dir);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain("consolidate 不从来源文件读取评审方案");
  });
});

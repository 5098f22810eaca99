/**
 * Built-in schemes are used as written, without the schema at start-up (src/core/index.ts
 * registers them as trusted): each source literal must already be exactly what the schema
 * makes of it, key order included (the scheme's hash and the JSON report depend on it).
 */
import { BUILTIN_SCHEMES } from "../../src/core";
import { schemeSchema } from "../../src/core/testing";
import { CHUANGXIN_2021 } from "../../src/core/programmes/case/builtin";
import { SIHAO_2020 } from "../../src/core/programmes/chamber/builtin";

test.each([
  ["sihao-2020", SIHAO_2020],
  ["chuangxin-2021", CHUANGXIN_2021],
] as const)("built-in scheme %s is its own schema output", async (_id, s) => {
  const parsed = (await schemeSchema()).parse(JSON.parse(JSON.stringify(s)));
  expect(JSON.stringify(parsed)).toBe(JSON.stringify(s));
});

test("the built-in schemes are the two programmes of the notices, used as written", () => {
  expect(BUILTIN_SCHEMES.map((s) => s.id)).toEqual(["sihao-2020", "chuangxin-2021"]);
  expect(BUILTIN_SCHEMES[0]).toBe(SIHAO_2020);
  expect(BUILTIN_SCHEMES[1]).toBe(CHUANGXIN_2021);
});

/**
 * Built-in schemes are used as written, without the schema at start-up (see builtin.ts):
 * each must already be exactly what the schema makes of it, key order included (the
 * scheme's hash and the JSON report depend on it).
 */
import { BUILTIN_SCHEMES } from "../../src/core";
import { SchemeSchema } from "../../src/core/scheme/schema";

test.each(BUILTIN_SCHEMES.map((s) => [s.id, s] as const))("built-in scheme %s is its own schema output", (_id, s) => {
  const parsed = SchemeSchema.parse(JSON.parse(JSON.stringify(s)));
  expect(JSON.stringify(parsed)).toBe(JSON.stringify(s));
});

test("the built-in schemes are the two programmes of the notices", () => {
  expect(BUILTIN_SCHEMES.map((s) => s.id)).toEqual(["sihao-2020", "chuangxin-2021"]);
});

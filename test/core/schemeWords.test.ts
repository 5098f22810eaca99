/** Scheme problems in plain words per field, JSON syntax errors with line and column, and numbers kept with their units. */
import { keepRuns, parseScheme, type SchemeProblem } from "../../src/core";
import { jsonSyntaxError } from "../../src/core/engine/schemes/jsonError";

async function problems(text: string): Promise<SchemeProblem[]> {
  const r = await parseScheme(text);
  if (r.ok) throw new Error("expected the scheme to be refused");
  return r.problems;
}

const zh = async (text: string) => (await problems(text)).map((p) => `${p.path}：${p.message.zh}`);
const en = async (text: string) => (await problems(text)).map((p) => `${p.path}: ${p.message.en}`);

describe("scheme problems in plain words", () => {
  test("a wrong type says what is wanted and what is there", async () => {
    expect(await zh('{"extends":"sihao-2020","threshold":"abc"}')).toEqual(['threshold：应为不小于 0 的数字，实际是文字"abc"']);
    expect(await en('{"extends":"sihao-2020","threshold":"abc"}')).toEqual(['threshold: must be a number of 0 or more, but is the text "abc"']);
  });

  test("bounds, whole numbers, nullable fields, options, empty text and the id's format", async () => {
    const text = JSON.stringify({
      extends: "sihao-2020",
      id: "Bad Id",
      categories: [{ name: "", max: 0 }],
      quotas: { default: 1.5, groups: { 四川: -1 } },
      rankMethod: "x",
    });
    expect(await zh(text)).toEqual([
      "id：只能用小写英文字母、数字和 . _ -，并以字母或数字开头（如 sihao-2020-custom）",
      "categories[0].name：不能为空",
      "categories[0].max：应为大于 0 的数字，实际是 0",
      "rankMethod：应为以下之一：\"competition\"、\"dense\"，实际是文字\"x\"",
      "quotas.default：应为不小于 0 的整数或 null，实际是 1.5",
      "quotas.groups.四川：应为不小于 0 的整数，实际是 -1",
    ]);
    expect(await en(text)).toContain("quotas.default: must be a whole number of 0 or more or null, but is 1.5");
  });

  test("a missing field of a full scheme says so", async () => {
    expect(await zh('{"kind":"chamber"}')).toContain("totalMax：缺少此项，应为大于 0 的数字");
    expect(await zh('{"kind":"case"}')).toContain("minExperts：缺少此项，应为不小于 1 的整数");
  });

  test("no zod wording reaches the reviewer", async () => {
    const all = await zh(JSON.stringify({ extends: "chuangxin-2021", trim: 3, minExperts: "三", categories: [] }));
    expect(all.join("\n")).not.toMatch(/期望|实际接收|expected|received|>=|number|string/);
    expect(all).toContain("trim：应为以下之一：\"auto\"、\"none\"、\"highlow\"，实际是 3");
    expect(all).toContain("categories：至少要有 1 项");
  });
});

describe("JSON syntax errors with line and column", () => {
  test.each([
    ['{"extends":"sihao-2020",\n  "threshold": 350\n  "rankMethod": "dense"}', '第 3 行第 3 列：这里应有逗号或"}"'],
    ['{"extends":"sihao-2020","threshold":', "文件在第 1 行第 37 列意外结束：这里应有一个值（数字、文字、列表或 { … }）"],
    ["{'extends':'sihao-2020'}", "第 1 行第 2 列：文字和名称要用双引号\"，不能用单引号'"],
    ['{"a": [1, 2,]}', "第 1 行第 13 列：最后一项后面不能有逗号"],
    ['{"a": 1,}', "第 1 行第 9 列：最后一项后面不能有逗号"],
    ['{"a": 1} // note', "第 1 行第 10 列：JSON 已经结束，后面还有多余内容"],
    ['{\n  // a comment\n  "a": 1}', "第 2 行第 3 列：JSON 不允许注释"],
    ['{"a": "line\nbreak"}', "第 1 行第 12 列：文字中有不能直接出现的字符（换行或制表符），或转义写错了"],
    ['{"a": "open', "第 1 行第 7 列：文字缺少结尾的双引号\""],
    ["   ", "文件是空的"],
  ])("%j", async (text, message) => {
    expect(await problems(text)).toEqual([{ path: "", message: { zh: `评审方案不是有效的 JSON：${message}`, en: expect.stringMatching(/^The scheme is not valid JSON: /) } }]);
  });

  test("valid JSON has no syntax error; a byte-order mark is not one", async () => {
    expect(jsonSyntaxError('{"a": [1, 2.5e3, true, null, "\\u00e9"]}')).toBeNull();
    expect((await parseScheme('\uFEFF{"extends":"sihao-2020"}')).ok).toBe(true);
  });

  test("English gives the same place", async () => {
    expect((await problems('{\n"a": 1\n"b": 2}'))[0].message.en).toBe('The scheme is not valid JSON: line 3, column 1: expected a comma or "}" here');
  });
});

describe("numbers stay with their word and unit", () => {
  const kept = (s: string) => keepRuns(s).filter((r) => r.keep).map((r) => r.text);
  test("the runs the pane draws unbroken and the CLI never wraps inside", () => {
    expect(kept("自评分为空（满分 15）")).toEqual(["满分 15"]);
    expect(kept('"四川省"推荐 12 家，名额 4 个，超出 8 家')).toEqual(["推荐 12 家", "名额 4 个", "超出 8 家"]);
    expect(kept("并列第 32 名，跨越初选线（32 个）")).toEqual(["列第 32 名", "32 个"]);
    expect(kept("Score is empty (max 15)")).toEqual(["max 15"]);
    expect(kept("F12")).toEqual([]);
  });
  test("nothing is lost or reordered", () => {
    const s = '与"甲"等 2 个案例并列第 32 名，跨越初选线（32 个）';
    expect(keepRuns(s).map((r) => r.text).join("")).toBe(s);
  });
});

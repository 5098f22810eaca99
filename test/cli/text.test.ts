import { displayWidth, oneLine, table } from "../../src/cli/width";

describe("display width", () => {
  it("counts CJK and full-width forms as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("四川省")).toBe(6);
    expect(displayWidth("１２．５分")).toBe(10);
    expect(displayWidth("“四好”")).toBe(6);
    expect(displayWidth("e\u0301")).toBe(1);
  });

  it("lines columns up under CJK text", () => {
    const lines = table(
      [
        ["名称", "总分"],
        ["四川省浙江商会", "465"],
        ["ABC", "12.5"],
      ],
      ["left", "right"],
    );
    const ends = lines.map(displayWidth);
    expect(new Set(ends).size).toBe(1);
  });

  it("keeps user text on one line without control characters", () => {
    expect(oneLine("a\r\nb\tc\u001b[31m")).toBe("a b c[31m");
  });
});

/** The real program, built to dist/cli and run as users run it. */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { JsonReport } from "../../src/core";
import { describeWithTool } from "../helpers/tools";
import { buildCli, sampleDir } from "./helpers";

let bin: string;
let dir: string;

beforeAll(() => {
  bin = buildCli();
  dir = sampleDir();
}, 180000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/review-assistant.js", () => {
  it("prints the usage and exits 0 on --help, 2 with no arguments", () => {
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("review-assistant check <文件.xlsx>");
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("用法：");
  });

  it("checks a sample: exit 1, the table on stdout, nothing on stderr", () => {
    const r = run(["check", "sihao-province.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("四川省科技装备业商会  四川省       478  合格         1  是");
  });

  it("exits 2 on a file that is not a workbook", () => {
    const r = run(["fill", "consolidate/06-损坏的文件.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"consolidate/06-损坏的文件.xlsx"：这不是 Excel 工作簿');
    expect(readdirSync(join(dir, "consolidate"))).not.toContain("06-损坏的文件.reviewed.xlsx");
  });
});

/** CSV text as rows of fields (LibreOffice quotes fields holding commas, quotes or line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
      continue;
    }
    if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n") {
      fields.push(field.replace(/\r$/, ""));
      rows.push(fields);
      fields = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || fields.length) rows.push([...fields, field]);
  return rows;
}

describeWithTool("soffice", "reopening the filled sample in LibreOffice")("LibreOffice reads the filled sample", () => {
  it("shows the values the JSON report gave", () => {
    const r = run(["fill", "sihao-province.xlsx", "-o", "lo/filled.xlsx", "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const profile = mkdtempSync(join(tmpdir(), "ra-soffice-"));
    const out = join(dir, "lo", "csv");
    try {
      const lo = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          // Comma-separated, double quotes, UTF-8: the first sheet, which is the summary.
          "csv:Text - txt - csv (StarCalc):44,34,76,1",
          "--outdir",
          out,
          join(dir, "lo", "filled.xlsx"),
        ],
        { encoding: "utf8", timeout: 120000 },
      );
      expect(lo.status).toBe(0);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const rows = csvRows(readFileSync(join(out, "filled.csv"), "utf8"));
    expect(rows[3].slice(8)).toEqual(["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"]);
    const status = { qualified: "合格", disqualified: "不合格", pending: "待核" } as Record<string, string>;
    const verdict = { yes: "是", no: "否", tie: "并列待定" } as Record<string, string>;
    for (const e of report.entries) {
      const cells = rows[(e.row as number) - 1];
      expect(cells[2]).toBe(e.name);
      expect(cells[8]).toBe(e.total === null ? "" : String(e.total));
      expect(cells[11]).toBe(status[e.status as string]);
      expect(cells[12]).toBe(e.rank === null ? "" : String(e.rank));
      expect(cells[13]).toBe(e.withinQuota === null ? "" : verdict[e.withinQuota as string]);
    }
  }, 180000);
});

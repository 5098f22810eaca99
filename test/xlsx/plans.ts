/** Write plans and workbooks for the writer tests. */
import { Grid, Highlight, PlanValue, ReportPlan, SheetSpec, ValueBlock, WritePlan, buildWritePlan, gridFromValues, review } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import { FILL_COLORS } from "../../src/core/testing";
import { createXlsx } from "../../src/xlsx";
import { scores, selfGrid, summaryGrid } from "../helpers/grids";

export function report(sheet = "校验报告", time = "2024-01-01 00:00"): ReportPlan {
  return {
    sheet,
    values: [["校验报告"], ["校验时间", time], [], ["级别", "代码", "工作表", "单元格", "说明"]],
    links: [],
    widths: [12, 26],
  };
}

export function plan(blocks: ValueBlock[], highlights: Highlight[] = [], rep: ReportPlan = report()): WritePlan {
  const touched = [...new Set([...blocks.map((b) => b.sheet), ...highlights.map((h) => h.sheet)])];
  return { blocks, highlights, report: rep, touched };
}

export function block(sheet: string, row: number, col: number, values: PlanValue[][]): ValueBlock {
  return { sheet, row, col, values };
}

export function mark(sheet: string, ref: string, severity: "error" | "warning" = "error"): Highlight {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { sheet, row: Number(m[2]) - 1, col: col - 1, severity, color: FILL_COLORS[severity] };
}

export function gridSpec(g: Grid): SheetSpec {
  return { name: g.name, values: gridToValues(g).map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v))), merges: g.merges ?? [], widths: [] };
}

/** A small 四好 workbook with the usual defects: a missing score, a precise score, a stated total that differs. */
export function sihaoGrids(): Grid[] {
  return [
    summaryGrid(
      [
        { name: "四川省科技装备业商会", stated: 430 },
        { name: "成都市眼镜商会", stated: 470 },
        { name: "四川省浙江商会", stated: 480 },
      ],
      "推荐名单汇总表",
    ),
    gridFromValues("推荐名额分配表", [["省份", "推荐名额"], ["四川省", 2]]),
    selfGrid("科技装备业商会", "四川省科技装备业商会", scores({ 3: null, 5: 12.25 })),
    selfGrid("眼镜商会", "成都市眼镜商会", scores({ 31: 0 })),
    selfGrid("浙江商会", "四川省浙江商会"),
  ];
}

export function sihaoWorkbook(): Uint8Array {
  return createXlsx(sihaoGrids().map(gridSpec));
}

export function sihaoPlan(grids: Grid[], now = new Date(2024, 4, 1, 9, 30)): WritePlan {
  return buildWritePlan(review(grids), { now });
}

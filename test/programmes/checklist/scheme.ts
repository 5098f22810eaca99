/** A checklist scheme: the items a unit must pass, and how a cell says pass or fail. */
import { z } from "zod";
import { Aliases, Bilingual, SchemeId, Text, uniqueBy } from "../../../src/core/kernel/schemeParts";

export const ChecklistSchemeSchema = z
  .strictObject({
    id: SchemeId,
    kind: z.literal("checklist"),
    title: Bilingual,
    shortTitle: Bilingual,
    /** One column per item; a required item failed makes the unit 不合格. */
    items: z.array(z.strictObject({ name: Text, required: z.boolean() })).min(1),
    headers: z.strictObject({ list: z.strictObject({ name: Aliases }) }),
    /** What a cell says: the first of each is what a template's instructions show. */
    pass: Aliases,
    fail: Aliases,
    resultColumns: z.strictObject({ passed: Text, status: Text, note: Text }),
    reportSheet: Text,
  })
  .superRefine((s, ctx) => {
    uniqueBy(s.items, (i) => i.name, ctx, ["items"], "column");
    uniqueBy(Object.values(s.resultColumns), (c) => c, ctx, ["resultColumns"], "column");
  });

export type ChecklistScheme = z.infer<typeof ChecklistSchemeSchema>;

export const CHECKLIST_DEMO: ChecklistScheme = {
  id: "checklist-demo",
  kind: "checklist",
  title: { zh: "年度合规检查清单", en: "Annual compliance checklist" },
  shortTitle: { zh: "合规清单", en: "Compliance checklist" },
  items: [
    { name: "年检", required: true },
    { name: "财务审计", required: true },
    { name: "按期换届", required: false },
  ],
  headers: { list: { name: ["单位名称", "名称"] } },
  pass: ["是", "✓", "通过"],
  fail: ["否", "✗", "不通过"],
  resultColumns: { passed: "通过项数", status: "资格审查", note: "校验说明" },
  reportSheet: "校验报告",
};

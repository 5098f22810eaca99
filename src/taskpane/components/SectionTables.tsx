/**
 * The programme's tables after the results (创新中国: one compact row per expert, SPEC §4.3)
 * — the same figures as in 校验报告 and the CLI, in the columns the programme picks for a
 * narrow pane; flagged rows marked and told in words below.
 */
import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons/svg/warning";
import { formatScore, programmeOf, type PlanValue, type Review, type TableSection } from "../../core";
import { useLang } from "../i18n";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  table: { tableLayout: "fixed", width: "100%" },
  name: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  flag: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
});

const shown = (v: PlanValue, none: string) => (v === null ? none : typeof v === "number" ? formatScore(v) : v);

function Section({ sec, id }: { sec: TableSection; id: string }) {
  const s = useStyles();
  const [first, ...rest] = sec.compact.columns;
  return (
    <section className={s.box} aria-labelledby={id}>
      <h3 id={id} className={s.heading}>
        {sec.title}
      </h3>
      <Table size="extra-small" className={s.table} aria-label={sec.compact.label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "34%" }}>{first.label}</TableHeaderCell>
            {rest.map((c) => (
              <TableHeaderCell key={c.at} className={s.num}>
                {c.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sec.rows.map((row, i) => {
            const why = sec.flags[i];
            return (
              <TableRow key={i}>
                <TableCell>
                  <span className={s.name}>
                    {why && <Warning16Filled className={s.warn} aria-label={why} role="img" />}
                    {shown(row[first.at], sec.compact.none)}
                  </span>
                </TableCell>
                {rest.map((c) => (
                  <TableCell key={c.at} className={s.num}>
                    {shown(row[c.at], sec.compact.none)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {sec.flagLines.map((line, i) => (
        <Caption1 key={i} className={s.flag}>
          <Warning16Filled className={s.warn} aria-hidden="true" />
          {line}
        </Caption1>
      ))}
      <Caption1 className={s.note}>{sec.note}</Caption1>
    </section>
  );
}

export function SectionTables({ review }: { review: Review }) {
  const { lang } = useLang();
  const sections = programmeOf(review.scheme).sections?.(review, lang) ?? [];
  return (
    <>
      {sections.map((sec, i) => (
        <Section key={i} sec={sec} id={`section-heading-${i}`} />
      ))}
    </>
  );
}

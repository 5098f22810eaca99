/** 创新中国: one compact row per expert (SPEC §4.3) — the same figures as in 校验报告 and the CLI. */
import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons/svg/warning";
import { expertNote, formatScore, panelOf, type CaseScheme, type Review } from "../../core";
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

const num = (v: number | null, none: string) => (v === null ? none : formatScore(v));

export function ExpertTable({ review }: { review: Review }) {
  const { lang, all } = useLang();
  const s = useStyles();
  const panel = panelOf(review);
  if (!panel) return null;
  const t = all.panel;
  const scheme = review.scheme as CaseScheme;
  const head = [t.short.cases, t.short.mean, t.short.sd, t.short.r, t.short.outliers];
  return (
    <section className={s.box} aria-labelledby="experts-heading">
      <h3 id="experts-heading" className={s.heading}>
        {t.title}
      </h3>
      <Table size="extra-small" className={s.table} aria-label={t.tableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "34%" }}>{t.short.expert}</TableHeaderCell>
            {head.map((h) => (
              <TableHeaderCell key={h} className={s.num}>
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {panel.map((x) => {
            const why = expertNote(x, scheme, lang);
            return (
              <TableRow key={x.sheet}>
                <TableCell>
                  <span className={s.name}>
                    {why && <Warning16Filled className={s.warn} aria-label={why} role="img" />}
                    {x.expert}
                  </span>
                </TableCell>
                <TableCell className={s.num}>{x.cases}</TableCell>
                <TableCell className={s.num}>{num(x.mean, t.none)}</TableCell>
                <TableCell className={s.num}>{num(x.sd, t.none)}</TableCell>
                <TableCell className={s.num}>{num(x.correlation, t.none)}</TableCell>
                <TableCell className={s.num}>{x.outliers}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {panel.map((x) => {
        const why = expertNote(x, scheme, lang);
        return why ? (
          <Caption1 key={x.sheet} className={s.flag}>
            <Warning16Filled className={s.warn} aria-hidden="true" />
            {t.flagged(x.expert, why)}
          </Caption1>
        ) : null;
      })}
      <Caption1 className={s.note}>{t.note(scheme.consistency.minCorrelation, scheme.consistency.minSharedCases)}</Caption1>
    </section>
  );
}

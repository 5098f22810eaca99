import type { Verdict } from "../../kernel/rank";
import type { EntryBase } from "../../kernel/result";

/** A case of the 推介汇总表 (or a case key of expert sheets read alone). */
export interface CaseEntry extends EntryBase {
  kind: "case";
  category: string | null;
  unit: string | null;
  recommender: string | null;
  /** Experts whose scores count (回避 and conflicted scores left out). */
  experts: number;
  /** Experts who wrote 回避 for this case. */
  abstained: number;
  score: number | null;
  /** With `normalize: "zscore"`: the mean of the kept experts' z-scores, mapped onto the raw scores' range. */
  normalizedScore: number | null;
  shortlisted: Verdict | null;
  final: Verdict | null;
}

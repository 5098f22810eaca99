import type { Verdict } from "../../kernel/rank";
import type { EntryBase } from "../../kernel/result";

/** A chamber of the 推荐名单汇总表 (or a 自评表 read alone). */
export interface ChamberEntry extends EntryBase {
  kind: "chamber";
  /** The province as the summary writes it. */
  group: string | null;
  /** The canonical province name (SPEC §3.3) or, for a name the table does not know, the name as written. */
  groupKey: string | null;
  type: string | null;
  selfAssessmentSheet: string | null;
  total: number | null;
  statedTotal: number | null;
  categories: Record<string, number | null>;
  vetoFailed: string[];
  /** True when some veto item is not validly scored: 否决项 cannot say 无. */
  vetoUnknown: boolean;
  basicShortfall: number | null;
  withinQuota: Verdict | null;
}

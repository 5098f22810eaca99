/**
 * What every scheme has, whatever its programme: an id, its kind (the programme that reads
 * it), titles, result-column labels and the report sheet. The types only: the zod schemas
 * that check a custom scheme (kernel/schemeParts.ts, programmes/<kind>/scheme.ts) are loaded only
 * when one is checked (engine/schemes/checker.ts), so neither the CLI's start-up nor the pane's first
 * bundle carries zod.
 */

/** The fields the engine's shared parts read, whatever the programme. */
export interface SchemeBase {
  id: string;
  /** The programme that reads this scheme (contract/registry.ts). */
  kind: string;
  title: { zh: string; en: string };
  shortTitle: { zh: string; en: string };
  /** Result column key → its header label (the label written and looked for). */
  resultColumns: Record<string, string>;
  reportSheet: string;
}

/** A scheme of any programme; each programme's code narrows it to its own type. */
export type Scheme = SchemeBase;

/** Competition (1, 2, 2, 4) or dense (1, 2, 2, 3) ranking: schemeParts.ts's `RankMethod`. */
export type RankMethodName = "competition" | "dense";

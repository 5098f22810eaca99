/** Types of scripts/zodChunks.js (plain CommonJS, shared by release-check.js and the tests). */
export interface ZodPlacement {
  /** Each page's scripts under bundles/, and whether each carries zod. */
  pages: { html: string; scripts: { script: string; zod: boolean }[] }[];
  /** bundles/scheme-checker.<hash>.js (one expected). */
  checker: string[];
  /** Chunks no page names that carry zod. */
  zodChunks: string[];
}
export function zodPlacement(site: string): ZodPlacement;
export function zodProblems(site: string): string[];

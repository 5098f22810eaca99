/** Types of scripts/legacyChunks.js (plain CommonJS, shared by release-check.js and the tests). */
export function legacyPlacement(site: string): { pagesCarrying: string[]; chunksCarrying: string[]; reader: string[] };
export function legacyProblems(site: string): string[];

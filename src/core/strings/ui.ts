/** Strings of the ui edge. */
export const zh = {};

export const en: typeof zh = {};

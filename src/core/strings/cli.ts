/** Strings of the cli edge. */
export const zh = {};

export const en: typeof zh = {};

/** Strings of the excel edge. */
export const zh = {};

export const en: typeof zh = {};

/**
 * What the file reader accepts before it refuses a workbook as too large or suspicious. A
 * review workbook is a few megabytes (the national one: 1,500 sheets, 5 MB); these caps sit
 * far above that and far below what would exhaust memory, so a hostile file gets an answer
 * instead of a crash. Sizes are checked from the zip's central directory before inflating.
 */
export const LIMITS = {
  /** Inflated size of any one part we read. */
  partBytes: 128 * 1024 * 1024,
  /** Inflated : compressed, for parts above `ratioFrom` bytes (deflate itself tops out near 1032:1). */
  ratio: 1000,
  ratioFrom: 1024 * 1024,
  /** Parts in one package: the zip writer's own limit without zip64 (65,535), less room for the parts a write adds. */
  entries: 65_000,
  /** Cells of one sheet the review reads (as in the Excel adapter). */
  sheetCells: 1_000_000,
  /**
   * Cells of all the sheets one workbook's review reads (the national workbook: 312,000;
   * ten times it still fits), and of all of consolidate's sources together: a few hundred
   * sheets each under the sheet cap must not add up to gigabytes.
   */
  bookCells: 4_000_000,
  /** Inflated bytes of the sheet parts one workbook's review reads (the national workbook: 18 MB). */
  bookBytes: 1024 * 1024 * 1024,
  /** Strings in the shared-string table. */
  sharedStrings: 4_000_000,
  /** The workbook file itself. */
  fileBytes: 512 * 1024 * 1024,
  /**
   * .xls and .ods: the reader (SheetJS) holds every cell of the workbook as an object, some
   * 800 bytes each at its peak, so the workbook as a whole gets the one-sheet cap: about 0.8 GB
   * at most (measured: 975,000 cells, 806 MB peak RSS); the national workbook has some 420,000.
   */
  legacyCells: 1_000_000,
  /** .xls: records in the Workbook stream (a sheet of cells is about one record per cell). */
  legacyRecords: 8_000_000,
  /** .xls and .ods: sheets (each becomes a part of the .xlsx a fill writes). */
  legacySheets: 60_000,
};

/** Bytes in the unit people read: `600 MB`. */
export function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

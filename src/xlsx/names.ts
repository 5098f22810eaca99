/** Sheet names as Excel accepts them: the rules live in the core, shared with the Office.js adapter. */
export { isLegalSheetName, legalSheetName, uniqueSheetName } from "../core";

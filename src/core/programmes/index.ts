/**
 * The review programmes, registered in one place, in the order detection tries them
 * (四好 first: a workbook with sheets of both is read as 四好, SPEC §1). A new programme is
 * a folder beside these and one line here (README: "Adding a review programme").
 */
import { caseProgramme } from "./case/programme";
import { chamberProgramme } from "./chamber/programme";
import { registerProgramme } from "../contract/registry";

registerProgramme(chamberProgramme, { trusted: true });
registerProgramme(caseProgramme, { trusted: true });

export { BUILTIN_SCHEMES, builtinScheme, programmeOf, programmes, registerProgramme, schemeSchema, unregisterProgramme } from "../contract/registry";
export type * from "../contract/programme";

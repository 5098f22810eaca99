/**
 * Where the pane's workbook comes from: inside Excel, the open workbook; given a session URL
 * (the playground), the local Excel host answering the same Office.js runtime.
 */
import type { WorkbookGateway } from "../host";
import { OfficeWorkbook } from "../excel/gateway";

export function createGateway(session?: string): WorkbookGateway {
  return new OfficeWorkbook(session ? { session } : {});
}

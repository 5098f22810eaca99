/** The local Excel host for tests, the bench and the playground. Never imported by src/. */
export { ExcelHost, PAYLOAD_LIMIT } from "./host";
export type { HostOptions, HostStats } from "./host";
export { handleProcessQuery, utf8Length } from "./protocol";
export type { HostResponse } from "./protocol";
export { makeOffice } from "./office";
export type { OfficeOptions, OfficeSurface } from "./office";
export { HostSheet, parseInput } from "./model";
export type { HostCell, HostHyperlink } from "./model";

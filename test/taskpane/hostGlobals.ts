/**
 * jest's jsdom environment has no TextEncoder/TextDecoder, which jsdom itself needs to load
 * Microsoft's runtime (tools/excel-host/runtime.ts): Node's, before that runtime is imported.
 */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });

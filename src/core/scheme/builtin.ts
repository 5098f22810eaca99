/** The built-in schemes: each programme brings its own (programmes/index.ts registers them). */
import { CHUANGXIN_2021 } from "../case/builtin";
import { SIHAO_2020 } from "../chamber/builtin";
export { BUILTIN_SCHEMES, builtinScheme } from "../programmes";

export const SIHAO_ID = SIHAO_2020.id;
export const CHUANGXIN_ID = CHUANGXIN_2021.id;

/** Types of scripts/manifest.js (CommonJS, shared by webpack.config.js, the release and tests). */
export const DEFAULT_URL: string;
export function addinUrl(raw: string): string;
export function manifestVersion(semver: string): string;
export function rebaseManifest(xml: string, url: string, version?: string): string;
export function currentBase(xml: string): string;
export function addresses(xml: string): string[];

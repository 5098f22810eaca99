/**
 * The product's version, read from package.json and nowhere else: `review-assistant --version`,
 * the JSON report, the pane's 关于 line and the manifest (webpack.config.js) all show this one.
 * webpack keeps only this field of package.json in the bundle; tsc copies package.json next
 * to the compiled CLI (tsconfig.cli.json has rootDir "."), so the relative path holds in both.
 */
import pkg from "../../../package.json";

export const VERSION: string = pkg.version;

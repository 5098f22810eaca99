// Builds the task pane and the ribbon commands into dist/addin (the CLI has its own dist/cli,
// which this build never touches). office.js always comes from Microsoft's CDN (a script tag
// in the HTML), never from the bundle. `env.playground` builds the pane for the local
// playground instead: same code, a different entry, nothing from it in dist/.
//
// ADDIN_URL=https://host/path/ sets the address every URL of dist/addin/manifest.xml points
// to (default https://localhost:3000/); the version comes from package.json.
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEFAULT_URL, addinUrl, manifestVersion, rebaseManifest } = require("./scripts/manifest.js");

const PORT = 3000;
const ICONS = [16, 32, 64, 80];
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OUT = path.resolve(__dirname, "dist", "addin");
const MANIFEST = path.resolve(__dirname, "manifest.xml");
// Content-hashed names: a server may cache bundles/ for a year (see docs/部署说明.md), and a
// new release still reaches every pane because taskpane.html (never cached) names new files.
const BUNDLES = "bundles";

/** Emits manifest.xml for the add-in's address and package.json's version. */
class ManifestPlugin {
  constructor(url, version) {
    this.url = url;
    this.version = version;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.fileDependencies.add(MANIFEST);
      compilation.hooks.processAssets.tap({ name: "ManifestPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const xml = rebaseManifest(fs.readFileSync(MANIFEST, "utf8"), this.url, this.version);
        compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(xml));
      });
    });
  }
}

/** The office-addin-dev-certs files, when they have been installed (that step needs sudo on Linux). */
function devCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

const TOKEN_LOADER = path.resolve(__dirname, "tools", "webpack", "tokenLoader.js");

function rules() {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      // Loaders run last to first: TypeScript, then Fluent's tokens written out as strings.
      use: [
        TOKEN_LOADER,
        {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            // ES modules out, so that webpack can drop unused Fluent components.
            compilerOptions: { module: "es2020", moduleResolution: "bundler", sourceMap: true },
          },
        },
      ],
    },
    { test: /\.js$/, include: /[\\/]node_modules[\\/]@fluentui[\\/]/, use: TOKEN_LOADER },
  ];
}

const resolve = {
  extensions: [".tsx", ".ts", ".js"],
  // Source imports name .js files as Node would; let webpack find the .ts beside them.
  extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
};

function devServer() {
  const certs = devCerts();
  if (!certs) {
    console.warn("office-addin-dev-certs are not installed: serving http. Excel needs https: run `npx office-addin-dev-certs install`.");
  }
  return {
    // Everything the pane needs is in the compilation (served from memory); a stale
    // production build on disk must not be served beside it.
    static: false,
    port: PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: certs ? { type: "https", options: certs } : { type: "http" },
  };
}

function officeConfig(mode, serving, url, version) {
  const production = mode === "production";
  return {
    name: "office",
    mode,
    // Maps stay in dist/addin for developers; the bundles do not name them, and the release leaves them out.
    devtool: production ? "hidden-source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: {
      path: OUT,
      filename: production ? `${BUNDLES}/[name].[contenthash:8].js` : `${BUNDLES}/[name].js`,
      clean: true,
    },
    resolve,
    module: { rules: rules() },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: ICONS.map((size) => `assets/icon-${size}.png`).map((from) => ({ from, to: from })),
      }),
      new ManifestPlugin(url, version),
    ],
    devServer: serving ? devServer() : undefined,
  };
}

/** The playground's pane: the same components with a gateway on the local Excel host. */
function playgroundConfig(outDir) {
  return {
    name: "playground",
    mode: "development",
    devtool: "eval-cheap-module-source-map",
    entry: { pane: "./tools/playground/pane.tsx", grid: "./tools/playground/grid.tsx" },
    output: { path: outDir, filename: "[name].js", clean: true },
    // Rebuilds for the browser tests and `npm run playground` reuse what did not change.
    cache: {
      type: "filesystem",
      cacheDirectory: path.resolve(__dirname, ".tmp", "webpack-cache"),
      buildDependencies: { config: [path.resolve(__dirname, "webpack.config.js")] },
    },
    resolve,
    module: { rules: rules() },
    performance: { hints: false },
  };
}

const fromCommandLine = !!require.main && /[\\/]node_modules[\\/]webpack(-cli)?[\\/]bin[\\/]/.test(require.main.filename);

module.exports = (env = {}, argv = {}) => {
  if (env.playground) return playgroundConfig(env.playgroundOut || path.resolve(__dirname, ".tmp", "playground"));
  // Checked here, before anything is built: a bad address or version stops the build with its reason.
  let url, version;
  try {
    url = addinUrl(process.env.ADDIN_URL || DEFAULT_URL);
    version = JSON.parse(fs.readFileSync(path.resolve(__dirname, "package.json"), "utf8")).version;
    manifestVersion(version);
  } catch (e) {
    if (!fromCommandLine) throw e;
    console.error(e.message); // the reason alone: a stack trace would bury it
    process.exit(2);
  }
  return officeConfig(argv.mode === "development" ? "development" : "production", !!env.WEBPACK_SERVE, url, version);
};
module.exports.playgroundConfig = playgroundConfig;

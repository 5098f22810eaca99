// Builds the task pane and the ribbon commands. office.js always comes from Microsoft's CDN
// (a script tag in the HTML), never from the bundle. `env.playground` builds the pane for
// the local playground instead: same code, a different entry, nothing from it in dist/.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = 3000;
const ICONS = [16, 32, 64, 80];
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The office-addin-dev-certs files, when they have been installed (that step needs sudo on Linux). */
function devCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

function rules() {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: {
        loader: "ts-loader",
        options: {
          transpileOnly: true,
          // ES modules out, so that webpack can drop unused Fluent components.
          compilerOptions: { module: "es2020", moduleResolution: "bundler", sourceMap: true },
        },
      },
    },
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
    static: { directory: path.resolve(__dirname, "dist") },
    port: PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: certs ? { type: "https", options: certs } : { type: "http" },
  };
}

function officeConfig(mode, serving) {
  const production = mode === "production";
  return {
    name: "office",
    mode,
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
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
        patterns: ["manifest.xml", ...ICONS.map((size) => `assets/icon-${size}.png`)].map((from) => ({ from, to: from })),
      }),
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

module.exports = (env = {}, argv = {}) => {
  if (env.playground) return playgroundConfig(env.playgroundOut || path.resolve(__dirname, ".tmp", "playground"));
  return officeConfig(argv.mode === "development" ? "development" : "production", !!env.WEBPACK_SERVE);
};
module.exports.playgroundConfig = playgroundConfig;

// Webpack loader: writes each `tokens.name` of Fluent UI's theme as the string it stands for
// (`"var(--name)"`, or `"var(--zIndexPopup, 2000)"`), in Fluent's own modules and ours. Why: the
// pane loads some parts in chunks of their own, and one run-time reference to the `tokens`
// object from such a chunk keeps all of its 467 names in the pane's entry, where terser
// otherwise drops the unused ones. The values come from the installed @fluentui/tokens, so the
// strings are exactly what the object holds; a name the object lacks is left as it was.
"use strict";
const { tokens } = require("@fluentui/tokens");

// `tokens.x` not preceded by a dot or a name character (so `theme.tokens.x` stays), not followed by one.
const USE = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)(?![\w$])/g;

module.exports = function tokenLoader(source) {
  if (!source.includes("tokens.")) return source;
  return source.replace(USE, (whole, name) => (Object.prototype.hasOwnProperty.call(tokens, name) ? JSON.stringify(tokens[name]) : whole));
};

// Jest transform: a CSV import becomes its text, as esbuild's text loader does in the bundles.
module.exports = {
  process(sourceText) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(sourceText)} };` };
  },
};

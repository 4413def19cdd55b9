module.exports = { ...require('../../jest.preset.js'), displayName: 'supergraph', rootDir: __dirname };

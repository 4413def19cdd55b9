module.exports = { ...require('../../../jest.preset.js'), displayName: 'intake-domain', rootDir: __dirname };

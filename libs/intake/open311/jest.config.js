module.exports = { ...require('../../../jest.preset.js'), displayName: 'intake-open311', rootDir: __dirname };

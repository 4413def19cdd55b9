module.exports = { ...require('../../../jest.preset.js'), displayName: 'intake-application', rootDir: __dirname };

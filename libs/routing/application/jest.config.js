module.exports = { ...require('../../../jest.preset.js'), displayName: 'routing-application', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'contracts-events', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'session-application', rootDir: __dirname };

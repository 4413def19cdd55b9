module.exports = { ...require('../../../jest.preset.js'), displayName: 'session-domain', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-auth', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-identity', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-runtime', rootDir: __dirname };

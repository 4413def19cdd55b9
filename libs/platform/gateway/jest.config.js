module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-gateway', rootDir: __dirname };

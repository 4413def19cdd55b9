module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-test-kit', rootDir: __dirname };

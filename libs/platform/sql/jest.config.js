module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-sql', rootDir: __dirname };

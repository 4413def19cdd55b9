module.exports = { ...require('../../jest.preset.js'), displayName: 'open311-keys', rootDir: __dirname };

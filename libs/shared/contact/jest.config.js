module.exports = { ...require('../../../jest.preset.js'), displayName: 'shared-contact', rootDir: __dirname };

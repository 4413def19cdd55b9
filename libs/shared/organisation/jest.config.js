module.exports = { ...require('../../../jest.preset.js'), displayName: 'shared-organisation', rootDir: __dirname };

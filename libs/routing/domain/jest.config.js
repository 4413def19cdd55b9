module.exports = { ...require('../../../jest.preset.js'), displayName: 'routing-domain', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'deadline-domain', rootDir: __dirname };

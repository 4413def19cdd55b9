module.exports = { ...require('../../../jest.preset.js'), displayName: 'deadline-application', rootDir: __dirname };

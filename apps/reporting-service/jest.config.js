module.exports = { ...require('../../jest.preset.js'), displayName: 'reporting-service', rootDir: __dirname };

module.exports = { ...require('../../jest.preset.js'), displayName: 'deadline-service', rootDir: __dirname };

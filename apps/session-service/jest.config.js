module.exports = { ...require('../../jest.preset.js'), displayName: 'session-service', rootDir: __dirname };

module.exports = { ...require('../../jest.preset.js'), displayName: 'routing-service', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-forwarder', rootDir: __dirname };

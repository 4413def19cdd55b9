module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-event-store', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-event-bus', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'session-graphql', rootDir: __dirname };

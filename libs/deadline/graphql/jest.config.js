module.exports = { ...require('../../../jest.preset.js'), displayName: 'deadline-graphql', rootDir: __dirname };

module.exports = { ...require('../../../jest.preset.js'), displayName: 'intake-graphql', rootDir: __dirname };

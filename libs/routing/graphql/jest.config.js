module.exports = { ...require('../../../jest.preset.js'), displayName: 'routing-graphql', rootDir: __dirname };

// `npm test` runs every project's suites in one Jest run.
const fs = require('node:fs');
const path = require('node:path');

const groups = [['apps'], ['libs', '*'], ['tools']];
const dirs = (rel) =>
  fs.existsSync(path.join(__dirname, rel))
    ? fs.readdirSync(path.join(__dirname, rel), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${rel}/${d.name}`)
    : [];
const projectDirs = groups.flatMap(([top, nested]) => (nested ? dirs(top).flatMap(dirs) : dirs(top)));

module.exports = {
  projects: projectDirs.filter((d) => fs.existsSync(path.join(__dirname, d, 'jest.config.js'))).map((d) => `<rootDir>/${d}`),
  verbose: true,
  // A global option: Jest ignores it inside project configs. Real-server suites wait on brokers.
  testTimeout: 60000,
};

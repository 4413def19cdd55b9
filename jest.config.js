// `npm test` runs every project's suites in one Jest run.
const fs = require('node:fs');
const path = require('node:path');


const dirs = (rel) =>
  fs.existsSync(path.join(__dirname, rel))
    ? fs.readdirSync(path.join(__dirname, rel), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${rel}/${d.name}`)
    : [];
// apps/<app>, tools/<tool>, libs/<lib> and libs/<context>/<lib>: wherever a jest.config.js is.
const projectDirs = [...dirs('apps'), ...dirs('tools'), ...dirs('libs'), ...dirs('libs').flatMap(dirs)];

module.exports = {
  projects: projectDirs.filter((d) => fs.existsSync(path.join(__dirname, d, 'jest.config.js'))).map((d) => `<rootDir>/${d}`),
  verbose: true,
  // A global option: Jest ignores it inside project configs. Real-server suites wait on brokers.
  testTimeout: 60000,
};

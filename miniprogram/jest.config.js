// Three projects, all run by `npm test`:
//   unit        — jsdom + miniprogram-simulate, the fake `wx` of tests/setup/wx.js
//   screenshots — every page × state × mode rendered from recorded API answers and shot in
//                 Chromium (tests/screenshots/, scripts/screenshots.js)
//   e2e         — node, the real backend started by the test, a `wx` over real HTTP (tests/e2e/wx-node.js)
const shared = {
  rootDir: __dirname,
  // Our own code is CommonJS; only the TDesign build needs babel (ES module syntax).
  transform: { '^.+\\.js$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/'],
};

module.exports = {
  testTimeout: 20000,
  // Two workers per core (jest's default is one fewer than the cores: one, on a 2-core CI
  // machine): the longest files wait on Chromium or on the backend they started, not on the CPU.
  maxWorkers: Math.max(2, require('os').cpus().length * 2),
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/screenshots/'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/wx.js'],
    },
    {
      ...shared,
      displayName: 'screenshots',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/screenshots'],
      testMatch: ['**/*.test.js'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/wx.js'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.test.js'],
    },
  ],
};

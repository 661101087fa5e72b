module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/wx.js'],
  // Our own code is CommonJS; only the TDesign build needs babel (ES module syntax).
  transform: { '^.+\\.js$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/'],
  testTimeout: 20000,
};

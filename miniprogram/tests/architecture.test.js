/* Rules of the codebase that keep the API client the one door to the network. */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SKIP = new Set(['node_modules', 'miniprogram_npm', 'tests', 'scripts', 'coverage']);

function sourceFiles(dir = ROOT) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(full);
    return /\.(js|wxml|wxs)$/.test(entry.name) ? [path.relative(ROOT, full).split(path.sep).join('/')] : [];
  });
}

const files = sourceFiles();

test('the source tree is found', () => {
  expect(files).toEqual(expect.arrayContaining(['services/request.js', 'pages/home/index.js']));
});

test('only services/request.js calls wx.request or wx.uploadFile', () => {
  const offenders = files.filter((f) => f !== 'services/request.js'
    && /wx\s*\.\s*(request|uploadFile|downloadFile)\b/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
  expect(offenders).toEqual([]);
});

test('API paths are spelled only in services/endpoints.js', () => {
  const offenders = files.filter((f) => f !== 'services/endpoints.js'
    && /['"`]\/api\//.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
  expect(offenders).toEqual([]);
});

test('pages reach the API only through services/', () => {
  const pageFiles = files.filter((f) => f.startsWith('pages/') && f.endsWith('.js'));
  const offenders = pageFiles.filter((f) => /require\([^)]*services\/request/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
  expect(offenders).toEqual([]);
});

test('every page and component root view applies the 适老化 class', () => {
  const views = files.filter((f) => /^(pages|components)\/.+\/index\.wxml$/.test(f));
  expect(views.length).toBeGreaterThanOrEqual(4);
  const missing = views.filter((f) => !fs.readFileSync(path.join(ROOT, f), 'utf8').trim().match(/^<view class="[^"]*\{\{elderClass\}\}/));
  expect(missing).toEqual([]);
});

test('build:npm produced TDesign in miniprogram_npm/ as DevTools would', () => {
  const { buildNpm } = require('../scripts/build-npm');
  expect(typeof buildNpm).toBe('function');
  expect(fs.existsSync(path.join(ROOT, 'miniprogram_npm/tdesign-miniprogram/button/button.json'))).toBe(true);
  expect(fs.existsSync(path.join(ROOT, 'miniprogram_npm/tdesign-miniprogram/miniprogram_npm/tslib/index.js'))).toBe(true);
});

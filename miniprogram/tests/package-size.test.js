const fs = require('fs');
const os = require('os');
const path = require('path');
const {
  collect, report, MAIN_LIMIT, TOTAL_LIMIT,
} = require('../scripts/package-size');

describe('package size', () => {
  const result = collect();

  test('every reference from app.json resolves (pages, components, requires, styles)', () => {
    console.log(report(result));
    expect(result.unresolved).toEqual([]);
  });

  test('the closure reaches our pages, our components and the TDesign files they use', () => {
    const files = [...result.files.keys()];
    expect(files).toEqual(expect.arrayContaining([
      'app.js', 'pages/home/index.wxml', 'pages/home/logic.js', 'services/request.js',
      'components/house-card/index.wxml', 'pages/settings/index.js',
      'components/application-card/index.wxml', 'services/uploads.js', 'services/applications.js',
      'pages/guide/index.wxml', 'pages/apply/index.js', 'pages/apply/components/material-item/index.wxml',
      'pages/progress/logic.js', 'miniprogram_npm/tdesign-miniprogram/progress/progress.js',
      'miniprogram_npm/tdesign-miniprogram/button/button.js',
      'miniprogram_npm/tdesign-miniprogram/common/utils.wxs',
      'miniprogram_npm/tdesign-miniprogram/miniprogram_npm/tslib/index.js',
    ]));
    // unused TDesign components and our tooling are not uploaded
    expect(files.some((f) => f.startsWith('miniprogram_npm/tdesign-miniprogram/calendar/'))).toBe(false);
    expect(files.some((f) => f.startsWith('tests/') || f.startsWith('scripts/') || f.startsWith('node_modules/'))).toBe(false);
  });

  test('each area is its own subpackage: guide, apply and progress code stays out of main', () => {
    const byName = Object.fromEntries(result.packages.map((p) => [p.name, p]));
    ['settings', 'guide', 'apply', 'progress'].forEach((name) => expect(byName[name].files).toBeGreaterThan(0));
    expect(byName.apply.files).toBeGreaterThanOrEqual(9); // page + material-item + logic
  });

  test('main package ≤ 2 MB and all packages ≤ 20 MB', () => {
    const main = result.packages.find((p) => p.name === 'main');
    expect(main.bytes).toBeLessThanOrEqual(MAIN_LIMIT);
    expect(result.total).toBeLessThanOrEqual(TOTAL_LIMIT);
  });
});

describe('package size closure rules', () => {
  let root;
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pkgsize-'));
    write('app.json', JSON.stringify({ pages: ['pages/a/index'], subPackages: [{ root: 'sub', name: 'sub', pages: ['b/index'] }] }));
    write('app.js', "require('./lib/x.js')");
    write('lib/x.js', "const y = require('./y'); // require('./never')");
    write('lib/y.js', '1');
    write('lib/unused.js', 'x'.repeat(5000));
    write('pages/a/index.json', JSON.stringify({ usingComponents: { 'c-npm': 'lib-ui/card/card' } }));
    write('pages/a/index.js', "import h from '../../lib/helper';");
    write('lib/helper.js', 'export default 1');
    write('pages/a/index.wxml', '<wxs src="./f.wxs" module="f"/><image src="/img/logo.png"/><image src="{{dynamic}}.png"/>');
    write('pages/a/f.wxs', "var g = require('./g.wxs');");
    write('pages/a/g.wxs', 'module.exports = 1');
    write('pages/a/index.wxss', "@import '/styles/base.wxss'; .x { background: url('/img/bg.png'); }");
    write('styles/base.wxss', '.y{}');
    write('img/logo.png', 'P'.repeat(100));
    write('img/bg.png', 'B'.repeat(200));
    write('miniprogram_npm/lib-ui/card/card.json', JSON.stringify({ component: true, usingComponents: { i: '../icon/icon' } }));
    write('miniprogram_npm/lib-ui/card/card.js', "import 'tslib';");
    write('miniprogram_npm/lib-ui/miniprogram_npm/tslib/index.js', '1');
    write('miniprogram_npm/lib-ui/icon/icon.json', '{"component":true}');
    write('miniprogram_npm/lib-ui/icon/icon.js', '1');
    write('miniprogram_npm/lib-ui/unused/unused.js', '1');
    write('sub/b/index.json', '{}');
    write('sub/b/index.js', "require('../../lib/y')");
    write('sub/b/index.wxml', '<view/>');
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('follows every kind of reference and buckets files by package', () => {
    const r = collect(root);
    expect(r.unresolved).toEqual([]);
    expect([...r.files.keys()].sort()).toEqual([
      'app.js', 'app.json', 'img/bg.png', 'img/logo.png', 'lib/helper.js', 'lib/x.js', 'lib/y.js',
      'miniprogram_npm/lib-ui/card/card.js', 'miniprogram_npm/lib-ui/card/card.json',
      'miniprogram_npm/lib-ui/icon/icon.js', 'miniprogram_npm/lib-ui/icon/icon.json',
      'miniprogram_npm/lib-ui/miniprogram_npm/tslib/index.js',
      'pages/a/f.wxs', 'pages/a/g.wxs', 'pages/a/index.js', 'pages/a/index.json', 'pages/a/index.wxml',
      'pages/a/index.wxss', 'styles/base.wxss', 'sub/b/index.js', 'sub/b/index.json', 'sub/b/index.wxml',
    ]);
    const sub = r.packages.find((p) => p.name === 'sub');
    expect(sub.files).toBe(3);
    expect(r.total).toBe([...r.files.values()].reduce((a, b) => a + b, 0));
  });

  test('a missing file is reported, not ignored', () => {
    write('pages/a/index.json', JSON.stringify({ usingComponents: { gone: '/components/gone/index' } }));
    expect(collect(root).unresolved).toEqual(['component "/components/gone/index" (from pages/a/index.json)']);
  });
});

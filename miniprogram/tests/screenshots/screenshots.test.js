/*
 * Every page in every main state (tests/screenshots/registry.js), normal and 适老化, rendered with
 * API answers recorded from the real backend (tests/screenshots/fixtures/, written by
 * scripts/record-fixtures.js), turned into HTML with the pages', app.wxss and TDesign's styles
 * (tests/screenshots/render.js), then shot in Debian's Chromium by scripts/screenshots.js into
 * miniprogram/screenshots/<page>-<state>-<mode>.png — one browser for the whole run.
 *
 * Then, in the rendered DOM: 适老化 mode's computed font size is larger than normal mode's for
 * every element with text and every button, and its buttons are at least 44 px tall.
 * BANZHENG_SKIP_SCREENSHOTS=1 skips the file (a machine without Chromium).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { cases } = require('./registry');

const ROOT = path.resolve(__dirname, '../..');
const OUT_DIR = path.join(ROOT, 'screenshots');
const FIXTURES = path.join(__dirname, 'fixtures');
const SHOOTER = path.join(ROOT, 'scripts', 'screenshots.js');
/** WCAG 2.5.5 target size; 工信部适老化规范 asks more for main buttons, which we meet with large ones. */
const ELDER_MIN_BUTTON_PX = 44;

const skip = process.env.BANZHENG_SKIP_SCREENSHOTS === '1';
const ALL = cases();
const htmlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'banzheng-shots-'));
const rendered = [];
let measured = null;

jest.setTimeout(240000);

function fixture(name) {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
}

function makeApi() {
  return {
    fixture,
    reply: (method, apiPath, status, body) => wx.__server.reply(method, apiPath, status, body),
    error: (status, code, message) => ({ error: { code, message, details: {} } }),
    // eslint-disable-next-line global-require, import/no-dynamic-require
    require: (rel) => require(path.join(ROOT, rel)),
    requirePrivacy: (referrer) => wx.__needPrivacy(referrer),
    async offlineUpload({ applicationId, requirementCode, name }) {
      // eslint-disable-next-line global-require
      const { uploadQueue } = require('../../services/upload-queue');
      await wx.__network(false);
      const file = wx.__files.add(`wxfile://tmp/${requirementCode}.pdf`, 640 * 1024);
      await uploadQueue.enqueue({ applicationId, requirementCode, file: { ...file, name } });
    },
  };
}

let lastPath = null;

async function renderCase(c) {
  // A fresh module registry per page (a second page loaded into one registry leaves TDesign's
  // tags unexpanded); states and modes of one page share it, its singletons reset by the setup.
  if (c.path !== lastPath) jest.resetModules();
  lastPath = c.path;
  document.head.innerHTML = '';
  // eslint-disable-next-line global-require
  const { toHtml } = require('./render'); // before simulate renders: rpx at 375 px
  // eslint-disable-next-line global-require
  const { render, flush } = require('../helpers/simulate');
  // eslint-disable-next-line global-require
  const { signIn } = require('../helpers/fixtures');
  // eslint-disable-next-line global-require
  await require('../helpers/app').launch();
  signIn();
  getApp().globalData.elderMode = c.mode === 'elder';
  const api = makeApi();
  const { spec } = c;
  if (spec.setup) spec.setup(api);
  const page = render(c.path);
  if (spec.load !== false) {
    const query = typeof spec.query === 'function' ? spec.query(api) : (spec.query || {});
    await page.instance.onLoad(query);
    await flush(30);
  }
  if (spec.after) {
    await spec.after(page, api);
    await flush(30);
  }
  return toHtml(page, { pageRel: c.path, title: c.name });
}

(skip ? describe.skip : describe)('page screenshots', () => {
  test.each(ALL.map((c) => [c.name, c]))('%s renders to HTML', async (name, c) => {
    const html = await renderCase(c);
    expect(html).toContain('<body><main>');
    const file = path.join(htmlDir, `${name}.html`);
    fs.writeFileSync(file, html);
    rendered.push({ name, html: file, png: path.join(OUT_DIR, `${name}.png`) });
  });

  test('Chromium shoots every page (one browser) and measures it', () => {
    expect(rendered).toHaveLength(ALL.length);
    const manifest = path.join(htmlDir, 'manifest.json');
    fs.writeFileSync(manifest, JSON.stringify(rendered));
    const run = spawnSync(process.execPath, [SHOOTER, 'shoot', manifest], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`screenshots.js failed (${run.status}):\n${run.stderr}`);
    measured = JSON.parse(run.stdout);
    rendered.forEach((r) => {
      expect(fs.statSync(r.png).size).toBeGreaterThan(5000);
      expect(measured[r.name].length).toBeGreaterThan(0);
    });
  });

  const pairs = [...new Set(ALL.map((c) => `${c.page}-${c.state}`))];
  test.each(pairs)('%s: 适老化 enlarges every text element and button', (key) => {
    expect(measured).not.toBeNull();
    const normal = measured[`${key}-normal`];
    const elder = new Map(measured[`${key}-elder`].map((e) => [e.key, e]));
    expect(normal.length).toBeGreaterThan(0);
    const notLarger = normal
      .filter((n) => !(elder.has(n.key) && elder.get(n.key).fontSize > n.fontSize))
      .map((n) => `${n.text} (${n.fontSize}px → ${elder.has(n.key) ? `${elder.get(n.key).fontSize}px` : 'missing'})`);
    expect(notLarger).toEqual([]);
    const smallButtons = [...elder.values()]
      .filter((e) => e.button && e.height < ELDER_MIN_BUTTON_PX)
      .map((e) => `${e.text} (${e.height}px)`);
    expect(smallButtons).toEqual([]);
  });
});

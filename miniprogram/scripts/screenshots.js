#!/usr/bin/env node
/*
 * Page screenshots in headless Chromium (Debian's /usr/bin/chromium through playwright-core;
 * nothing downloads a browser).
 *
 *   node scripts/screenshots.js              render every page × state × mode and shoot them:
 *                                            runs the jest project "screenshots", which writes
 *                                            miniprogram/screenshots/<page>-<state>-<mode>.png
 *   node scripts/screenshots.js shoot M.json the browser half, used by that test: for each
 *                                            {name, html, png} in M.json opens the HTML at
 *                                            375 × 812 (device scale 2), writes a full-page PNG
 *                                            and measures every text element and button
 *                                            (computed font size, height); prints JSON.
 * One browser serves every page of a run. CHROMIUM_PATH overrides the browser's path.
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VIEWPORT = { width: 375, height: 812 };
const DEVICE_SCALE = 2;

/** Runs in the page: every visible element with text of its own, and every button. */
function measure() {
  const out = [];
  const walk = (el, key) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const rect = el.getBoundingClientRect();
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const button = el.tagName === 'WX-BUTTON';
    if ((ownText || button) && rect.width > 0 && rect.height > 0) {
      out.push({
        key,
        text: el.textContent.trim().slice(0, 40),
        fontSize: parseFloat(style.fontSize),
        height: Math.round(rect.height * 10) / 10,
        button,
      });
    }
    [...el.children].forEach((child, i) => walk(child, `${key}/${child.tagName.toLowerCase()}[${i}]`));
  };
  walk(document.body, 'body');
  return out;
}

async function shoot(manifestPath) {
  // eslint-disable-next-line global-require
  const { chromium } = require('playwright-core');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const results = {};
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: DEVICE_SCALE });
    const page = await context.newPage();
    for (const item of manifest) {
      // eslint-disable-next-line no-await-in-loop
      await page.goto(`file://${item.html}`);
      // eslint-disable-next-line no-await-in-loop
      await page.evaluate(() => document.fonts.ready);
      fs.mkdirSync(path.dirname(item.png), { recursive: true });
      // eslint-disable-next-line no-await-in-loop
      await page.screenshot({ path: item.png, fullPage: true });
      // eslint-disable-next-line no-await-in-loop
      results[item.name] = await page.evaluate(measure);
    }
  } finally {
    await browser.close();
  }
  return results;
}

if (require.main === module) {
  const [command, manifest] = process.argv.slice(2);
  if (command === 'shoot') {
    shoot(manifest).then((results) => {
      process.stdout.write(JSON.stringify(results));
    }).catch((error) => {
      console.error(error); // eslint-disable-line no-console
      process.exit(1);
    });
  } else {
    const jest = path.join(ROOT, 'node_modules', '.bin', 'jest');
    const run = spawnSync(jest, ['--selectProjects', 'screenshots'], { cwd: ROOT, stdio: 'inherit' });
    process.exit(run.status === null ? 1 : run.status);
  }
}

module.exports = { shoot, measure, VIEWPORT, DEVICE_SCALE };

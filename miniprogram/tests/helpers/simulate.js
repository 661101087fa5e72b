/*
 * Loads a page or component of ours into miniprogram-simulate, resolving npm-style
 * `usingComponents` ("tdesign-miniprogram/button/button") through miniprogram_npm/ exactly as
 * the WeChat runtime does. miniprogram-simulate itself only knows relative and absolute paths.
 */
const fs = require('fs');
const path = require('path');
const simulate = require('miniprogram-simulate');
const simulateUtils = require('miniprogram-simulate/src/utils');

const ROOT = path.resolve(__dirname, '../..');

function resolveNpmComponent(fromFile, value) {
  if (value.startsWith('/') || value.startsWith('.') || value.startsWith('plugin://')) return value;
  let dir = path.dirname(fromFile);
  // Walk up to the project root looking for miniprogram_npm/<value>, like the runtime.
  for (;;) {
    const candidate = path.join(dir, 'miniprogram_npm', value);
    if (fs.existsSync(`${candidate}.json`)) return `/${path.relative(ROOT, candidate).split(path.sep).join('/')}`;
    if (fs.existsSync(path.join(candidate, 'index.json'))) {
      return `/${path.relative(ROOT, path.join(candidate, 'index')).split(path.sep).join('/')}`;
    }
    if (path.resolve(dir) === ROOT || dir === path.dirname(dir)) break;
    dir = path.dirname(dir);
  }
  throw new Error(`usingComponents in ${fromFile}: cannot resolve "${value}" (did "npm run build:npm" run?)`);
}

if (!simulateUtils.__npmAware) {
  const readJson = simulateUtils.readJson;
  simulateUtils.readJson = (file) => {
    const json = readJson(file);
    if (json && json.usingComponents) {
      const resolved = {};
      for (const [tag, value] of Object.entries(json.usingComponents)) {
        resolved[tag] = resolveNpmComponent(file, value);
      }
      return { ...json, usingComponents: resolved };
    }
    return json;
  };
  simulateUtils.__npmAware = true;
}

// A definition is registered once per test file: jest caches the page's JS module, so its
// Component() call only runs on the first load.
const loaded = {};
const live = [];

/**
 * Renders `relPath` (e.g. "pages/home/index") attached to a parent node; returns the component.
 * Whatever the previous render left attached is detached first, as navigating away would.
 */
function render(relPath, properties) {
  while (live.length) live.pop().detach();
  if (!loaded[relPath]) loaded[relPath] = simulate.load(path.join(ROOT, relPath), { rootPath: ROOT });
  const comp = simulate.render(loaded[relPath], properties);
  comp.attach(document.createElement('parent-wrapper'));
  live.push(comp);
  return comp;
}

/** Lets pending promises (API calls answered by the fake server) settle. */
async function flush(times = 10) {
  for (let i = 0; i < times; i += 1) {
    // eslint-disable-next-line no-await-in-loop
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

module.exports = { ROOT, render, flush, simulate };

#!/usr/bin/env node
/*
 * Builds miniprogram_npm/ the way WeChat DevTools' "构建 npm" does for component libraries:
 * every runtime dependency that declares a `miniprogram` directory in its package.json has that
 * directory copied to miniprogram_npm/<name>/. DevTools is not available on CI or dev machines,
 * so this script is what `npm test` (pretest) and developers run instead.
 *
 * Plain npm packages (no `miniprogram` field) would need DevTools' bundler; we refuse them loudly
 * rather than silently shipping a broken require.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'miniprogram_npm');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function packageDir(name) {
  return path.join(ROOT, 'node_modules', ...name.split('/'));
}

function miniprogramDistOf(name) {
  const dir = packageDir(name);
  const manifestPath = path.join(dir, 'package.json');
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`${name} is not installed; run "npm ci" first`);
  }
  const manifest = readJson(manifestPath);
  if (!manifest.miniprogram) {
    throw new Error(
      `${name} has no "miniprogram" field; only mini-program component packages are supported by build-npm`,
    );
  }
  const dist = path.join(dir, manifest.miniprogram);
  if (!fs.existsSync(dist)) throw new Error(`${name}: ${manifest.miniprogram} does not exist`);
  return dist;
}

function buildNpm({ root = ROOT, out = OUT } = {}) {
  const manifest = readJson(path.join(root, 'package.json'));
  const names = Object.keys(manifest.dependencies || {});
  fs.rmSync(out, { recursive: true, force: true });
  const built = [];
  for (const name of names) {
    const target = path.join(out, ...name.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.cpSync(miniprogramDistOf(name), target, { recursive: true });
    built.push(name);
  }
  return built;
}

module.exports = { buildNpm };

if (require.main === module) {
  const built = buildNpm();
  console.log(`miniprogram_npm built: ${built.join(', ') || '(no dependencies)'}`);
}

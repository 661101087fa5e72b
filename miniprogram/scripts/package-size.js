#!/usr/bin/env node
/*
 * What each package of the mini-program would weigh on upload. With ignoreUploadUnusedFiles,
 * DevTools uploads only files reachable from app.json, so we compute that closure:
 * app.js/json/wxss, sitemap, pages and their usingComponents (recursively, npm components via
 * miniprogram_npm), JS require/import, WXSS @import and url(), WXML import/include/<wxs src>,
 * and static image paths in WXML. A file belongs to the subpackage whose root contains it,
 * otherwise to the main package. Limits: main ≤ 2 MB, all packages together ≤ 20 MB.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const MAIN_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 20 * 1024 * 1024;
const PAGE_EXTS = ['.js', '.json', '.wxml', '.wxss'];
const IMAGE_RE = /\.(png|jpe?g|gif|svg|webp)$/i;

function rel(root, file) {
  return path.relative(root, file).split(path.sep).join('/');
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch (e) {
    return false;
  }
}

function isLocalRef(ref) {
  return ref && !/^(https?:|data:|wxfile:|cloud:|plugin:|\/\/)/.test(ref) && !ref.includes('{{');
}

/** `/x` from the root, `./x` `../x` from `fromDir`; bare names only where the caller allows. */
function resolvePath(root, fromDir, ref) {
  return ref.startsWith('/') ? path.join(root, ref) : path.join(fromDir, ref);
}

/** Finds `name` in the nearest miniprogram_npm/, walking up from `fromDir` to the root. */
function resolveNpm(root, fromDir, name, probe) {
  let dir = fromDir;
  for (;;) {
    const found = probe(path.join(dir, 'miniprogram_npm', name));
    if (found) return found;
    if (path.resolve(dir) === path.resolve(root) || dir === path.dirname(dir)) return null;
    dir = path.dirname(dir);
  }
}

function probeComponent(base) {
  if (isFile(`${base}.json`)) return base;
  if (isFile(path.join(base, 'index.json'))) return path.join(base, 'index');
  return null;
}

function probeScript(base, ext = '.js') {
  for (const candidate of [base, `${base}${ext}`, path.join(base, `index${ext}`)]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

function resolveComponent(root, fromDir, ref) {
  if (ref.startsWith('/') || ref.startsWith('.')) return probeComponent(resolvePath(root, fromDir, ref));
  return probeComponent(path.join(fromDir, ref)) || resolveNpm(root, fromDir, ref, probeComponent);
}

function resolveScript(root, fromDir, ref, ext) {
  if (ref.startsWith('/') || ref.startsWith('.')) return probeScript(resolvePath(root, fromDir, ref), ext);
  return probeScript(path.join(fromDir, ref), ext) || resolveNpm(root, fromDir, ref, (b) => probeScript(b, ext));
}

function matches(re, text) {
  const out = [];
  let m = re.exec(text);
  while (m) {
    out.push(m[1]);
    m = re.exec(text);
  }
  return out;
}

function stripJsComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function jsDeps(source) {
  const code = stripJsComments(source);
  return [
    ...matches(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g, code),
    ...matches(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?['"]([^'"]+)['"]/g, code),
    ...matches(/\bexport\s*[^'"()]*?\bfrom\s*['"]([^'"]+)['"]/g, code),
  ];
}

/** Computes the closure. Returns { files: Map(relPath → bytes), packages, unresolved }. */
function collect(root = ROOT) {
  const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'));
  const subPackages = (app.subPackages || app.subpackages || []).map((p) => ({
    name: p.name || p.root, root: p.root.replace(/\/+$/, ''), pages: p.pages || [],
  }));
  const files = new Set();
  const unresolved = [];
  const seenComponents = new Set();
  const queue = [];

  const addFile = (file, from) => {
    if (!file) return;
    if (!isFile(file)) {
      unresolved.push(`${rel(root, file)} (from ${from})`);
      return;
    }
    if (files.has(file)) return;
    files.add(file);
    queue.push(file);
  };

  const addComponent = (base, from) => {
    if (!base) return;
    if (seenComponents.has(base)) return;
    seenComponents.add(base);
    if (!isFile(`${base}.json`) && !isFile(`${base}.js`)) {
      unresolved.push(`${rel(root, base)} (from ${from})`);
      return;
    }
    PAGE_EXTS.forEach((ext) => isFile(`${base}${ext}`) && addFile(`${base}${ext}`, from));
  };

  ['app.js', 'app.json', 'app.wxss'].forEach((f) => isFile(path.join(root, f)) && addFile(path.join(root, f), 'app'));
  if (app.sitemapLocation) addFile(path.join(root, app.sitemapLocation), 'app.json');
  (app.pages || []).forEach((p) => addComponent(path.join(root, p), 'app.json pages'));
  subPackages.forEach((sub) => sub.pages.forEach((p) => addComponent(path.join(root, sub.root, p), `subPackage ${sub.name}`)));

  const followUsingComponents = (json, file) => {
    Object.values(json.usingComponents || {}).forEach((ref) => {
      if (!isLocalRef(ref)) return;
      const base = resolveComponent(root, path.dirname(file), ref);
      if (base) addComponent(base, rel(root, file));
      else unresolved.push(`component "${ref}" (from ${rel(root, file)})`);
    });
  };

  while (queue.length) {
    const file = queue.shift();
    const dir = path.dirname(file);
    const ext = path.extname(file);
    const from = rel(root, file);
    if (ext === '.json') {
      followUsingComponents(JSON.parse(fs.readFileSync(file, 'utf8')), file);
    } else if (ext === '.js' || ext === '.wxs') {
      jsDeps(fs.readFileSync(file, 'utf8')).forEach((ref) => {
        const target = resolveScript(root, dir, ref, ext);
        if (target) addFile(target, from);
        else unresolved.push(`require "${ref}" (from ${from})`);
      });
    } else if (ext === '.wxss') {
      const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      matches(/@import\s+['"]([^'"]+)['"]/g, css).forEach((ref) => addFile(resolvePath(root, dir, ref), from));
      matches(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g, css)
        .filter(isLocalRef)
        .forEach((ref) => addFile(resolvePath(root, dir, ref), from));
    } else if (ext === '.wxml') {
      const wxml = fs.readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
      matches(/<(?:wxs|import|include)\b[^>]*\bsrc\s*=\s*['"]([^'"]+)['"]/g, wxml)
        .filter(isLocalRef)
        .forEach((ref) => addFile(resolvePath(root, dir, ref), from));
      matches(/\bsrc\s*=\s*['"]([^'"]+)['"]/g, wxml)
        .filter((ref) => isLocalRef(ref) && IMAGE_RE.test(ref))
        .forEach((ref) => addFile(resolvePath(root, dir, ref), from));
    }
  }

  const packages = [{ name: 'main', root: '', bytes: 0, files: 0 }]
    .concat(subPackages.map((s) => ({ name: s.name, root: s.root, bytes: 0, files: 0 })));
  const sizes = new Map();
  files.forEach((file) => {
    const relPath = rel(root, file);
    const bytes = fs.statSync(file).size;
    sizes.set(relPath, bytes);
    const owner = packages.find((p) => p.root && relPath.startsWith(`${p.root}/`)) || packages[0];
    owner.bytes += bytes;
    owner.files += 1;
  });
  const total = packages.reduce((sum, p) => sum + p.bytes, 0);
  return {
    files: sizes, packages, total, unresolved,
  };
}

function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function report(result) {
  const lines = result.packages.map((p) => `  ${p.name.padEnd(10)} ${formatBytes(p.bytes).padStart(10)}  (${p.files} files)`);
  lines.push(`  ${'total'.padEnd(10)} ${formatBytes(result.total).padStart(10)}`);
  lines.push(`  limits: main ≤ ${formatBytes(MAIN_LIMIT)}, total ≤ ${formatBytes(TOTAL_LIMIT)}`);
  return `Package sizes (files reachable from app.json):\n${lines.join('\n')}`;
}

module.exports = {
  collect, report, formatBytes, jsDeps, MAIN_LIMIT, TOTAL_LIMIT,
};

if (require.main === module) {
  const result = collect();
  console.log(report(result));
  if (result.unresolved.length) console.log(`Unresolved:\n  ${result.unresolved.join('\n  ')}`);
}

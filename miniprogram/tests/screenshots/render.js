/*
 * Turns a page rendered by miniprogram-simulate into a standalone HTML document a browser can
 * lay out like a 375 px wide phone:
 *
 * - the page's, our components' and TDesign's WXSS as miniprogram-simulate compiled them (class
 *   names prefixed per component, as its DOM has them), with rpx converted at 375 px (1 rpx =
 *   0.5 px) instead of simulate's 1 rpx = 1 px;
 * - app.wxss, compiled for the page and for every component of ours with styleIsolation
 *   apply-shared (which WeChat lets app and page styles reach), and the page's WXSS for those
 *   components too; TDesign's components are isolated and only see CSS custom properties;
 * - a small stand-in for WeChat's base styles of <view>, <text>, <button>… and for TDesign's
 *   icon font, which loads from the network and cannot here (chevrons become "›").
 */
const fs = require('fs');
const path = require('path');
const simulateUtils = require('miniprogram-simulate/src/utils');
const simulateWxss = require('miniprogram-simulate/src/wxss');

const ROOT = path.resolve(__dirname, '../..');
/** 1 rpx at a 375 px wide screen (750 rpx = screen width). */
const PX_PER_RPX = 375 / 750;

function rpxToPx(css) {
  return css.replace(/(-?\d*\.?\d+)rpx/g, (whole, n) => `${Number((Number(n) * PX_PER_RPX).toFixed(3))}px`);
}

// simulate inserts each render's styles through utils.transformRpx; make it the phone's ratio.
simulateUtils.transformRpx = rpxToPx;

const WX_BASE_CSS = `
html { -webkit-text-size-adjust: 100%; }
/* a still frame: spinners and transitions would make every run's PNG differ */
*, *::before, *::after { animation: none !important; transition: none !important; }
body { margin: 0; font-family: "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
main { display: block; }
wx-view, wx-scroll-view, wx-form, wx-image { display: block; }
wx-text, wx-label { display: inline; }
wx-text { white-space: pre-wrap; }
wx-button {
  position: relative; display: block; margin-left: auto; margin-right: auto;
  padding-left: 14px; padding-right: 14px; box-sizing: border-box; font-size: 18px;
  text-align: center; text-decoration: none; line-height: 2.55555556; border-radius: 5px;
  overflow: hidden; color: #000; background-color: #f8f8f8; cursor: pointer;
}
wx-button::after {
  content: " "; width: 200%; height: 200%; position: absolute; top: 0; left: 0;
  border: 1px solid rgba(0, 0, 0, 0.2); transform: scale(0.5); transform-origin: 0 0;
  box-sizing: border-box; border-radius: 10px; pointer-events: none;
}
wx-input { display: block; height: 1.4rem; min-height: 1.4rem; overflow: hidden; }
wx-input[placeholder]:empty::before { content: attr(placeholder); color: #8a8a8a; }
wx-textarea { display: block; position: relative; width: 300px; height: 150px; white-space: pre-wrap; word-break: break-all; }
/* TDesign's icon font is fetched from a CDN; stand-ins for the icons our pages use */
[class*="t-icon-"]::before { font-family: sans-serif !important; font-style: normal; }
[class*="t-icon-chevron-right"]::before { content: "\\203A" !important; font-size: 1.3em; line-height: 1; }
[class*="t-icon-home"]::before { content: "\\2302" !important; }
[class*="t-icon-check"]::before { content: "\\2713" !important; }
[class*="t-icon-close"]::before { content: "\\00D7" !important; }
[class*="t-icon-error-circle"]::before, [class*="t-icon-info-circle"]::before { content: "!" !important; }
`;

/** Our components (not TDesign's) reachable from a page, with the tag names simulate prefixes by. */
function sharedComponents(pageRel) {
  const found = new Map();
  const visit = (jsonFile) => {
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    Object.entries(json.usingComponents || {}).forEach(([tag, ref]) => {
      if (!ref.startsWith('/') && !ref.startsWith('.')) return; // npm: TDesign, isolated
      const base = ref.startsWith('/') ? path.join(ROOT, ref) : path.join(path.dirname(jsonFile), ref);
      if (found.has(base)) return;
      found.set(base, tag);
      visit(`${base}.json`);
    });
  };
  visit(path.join(ROOT, `${pageRel}.json`));
  return [...found.entries()].map(([base, tag]) => ({ base, tag }));
}

function readIfExists(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/** `page { … }` in WXSS styles the page body. */
function pageSelectorToBody(css) {
  return css.replace(/(^|[},\s])page(?=[\s,{.:[])/g, '$1body');
}

function compiled(wxss, prefix) {
  return rpxToPx(pageSelectorToBody(simulateWxss.compile(wxss, { prefix })));
}

/** app.wxss (and the page's WXSS) for the page and every apply-shared component of ours. */
function sharedCss(pageRel) {
  const app = simulateWxss.getContent(path.join(ROOT, 'app.wxss'));
  const pageWxss = simulateWxss.getContent(path.join(ROOT, `${pageRel}.wxss`));
  const parts = [compiled(app, 'main')];
  sharedComponents(pageRel).forEach(({ base, tag }) => {
    const js = readIfExists(`${base}.js`);
    if (!/styleIsolation:\s*'apply-shared'/.test(js)) return;
    parts.push(compiled(app, tag));
    if (pageWxss) parts.push(compiled(pageWxss, tag));
  });
  return parts.join('\n');
}

/** The styles miniprogram-simulate inserted for the rendered page (page, components, TDesign). */
function simulatedCss() {
  return [...document.head.querySelectorAll('style')].map((s) => pageSelectorToBody(s.innerHTML)).join('\n');
}

/** A standalone HTML document of the rendered component tree. */
function toHtml(component, { pageRel, title }) {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=375, initial-scale=1">
<title>${title}</title>
<style>${WX_BASE_CSS}</style>
<style>/* app.wxss and shared page styles */\n${sharedCss(pageRel)}</style>
<style>/* page, components, TDesign (miniprogram-simulate) */\n${simulatedCss()}</style>
</head><body>${component.dom.outerHTML}</body></html>
`;
}

module.exports = {
  ROOT, PX_PER_RPX, rpxToPx, toHtml, sharedComponents,
};

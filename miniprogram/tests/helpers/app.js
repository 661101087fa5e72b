/*
 * Runs app.js as WeChat would: App(definition) is captured, then launch() calls onLaunch and
 * show() calls onShow on the same object getApp() returns. app.js is required once per test file
 * (jest caches it), so the captured definition is kept here.
 */
let definition = null;

function load() {
  if (!definition) {
    global.App = (def) => { definition = def; };
    require('../../app');
  }
  return definition;
}

/** Cold start: onLaunch (elder mode, privacy listener, upload queue restore). Resolves when the queue's first round ended. */
async function launch() {
  const def = load();
  const app = getApp();
  Object.assign(app, { ...def, globalData: { ...def.globalData, ...app.globalData } });
  app.onLaunch();
  const { uploadQueue } = require('../../services/upload-queue');
  await uploadQueue.start(); // the same promise onLaunch started: its first round
  return app;
}

function show() {
  return getApp().onShow();
}

module.exports = { launch, show };

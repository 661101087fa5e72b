/*
 * 适老化 (elder-friendly) mode: one switch, kept in storage, mirrored in app.globalData, and
 * pushed to every live page that subscribed (through behaviors/elder-mode.js), so turning it on
 * in settings also restyles the pages beneath it in the stack.
 */
const STORAGE_KEY = 'banzheng.elderMode';
/** Root class every page puts on its outermost view; styles live in app.wxss. */
const ELDER_CLASS = 'elder-mode';

const listeners = new Set();

function globalData() {
  const app = typeof getApp === 'function' ? getApp() : null;
  return app && app.globalData ? app.globalData : null;
}

function isElderMode() {
  const data = globalData();
  if (data && typeof data.elderMode === 'boolean') return data.elderMode;
  return wx.getStorageSync(STORAGE_KEY) === true;
}

function setElderMode(enabled) {
  const value = Boolean(enabled);
  wx.setStorageSync(STORAGE_KEY, value);
  const data = globalData();
  if (data) data.elderMode = value;
  listeners.forEach((listener) => listener(value));
  return value;
}

/** Reads storage into app.globalData; called once from app.js onLaunch. */
function loadElderMode() {
  const value = wx.getStorageSync(STORAGE_KEY) === true;
  const data = globalData();
  if (data) data.elderMode = value;
  return value;
}

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The data every page binds: `elderMode` for wx:if, `elderClass` for the root view's class. */
function viewState(enabled) {
  return { elderMode: enabled, elderClass: enabled ? ELDER_CLASS : '' };
}

module.exports = {
  STORAGE_KEY, ELDER_CLASS, isElderMode, setElderMode, loadElderMode, subscribe, viewState,
};

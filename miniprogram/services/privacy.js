/*
 * WeChat's privacy flow (基础库 ≥ 2.32.3, app.json "__usePrivacyCheck__": true): before a
 * privacy-covered API runs for the first time (getPhoneNumber, camera and album, files from a
 * chat…) WeChat asks us to show our own notice; the owner agrees with a
 * <button open-type="agreePrivacyAuthorization"> (components/privacy-popup) or declines.
 *
 * app.js calls listen() once; the popup on the page that is showing subscribes and renders the
 * request. Consent given to the registry itself (the notice version, kept by the API so it can be
 * withdrawn) lives in services/consent.js.
 */
const { PRIVACY_NOTICE_TITLE } = require('../utils/privacy');

/** The id of the agree button; WeChat checks that this very button was tapped. */
const AGREE_BUTTON_ID = 'privacy-agree';

let pending = null; // { resolve, referrer }
const listeners = new Set();

function notify() {
  const request = pending ? { referrer: pending.referrer } : null;
  listeners.forEach((listener) => listener(request));
}

/** Registers the app-wide handler; a no-op on base libraries without the privacy API. */
function listen() {
  if (typeof wx.onNeedPrivacyAuthorization !== 'function') return false;
  wx.onNeedPrivacyAuthorization((resolve, eventInfo) => {
    // A second request while one is open (two APIs at once): the newest resolve wins, the
    // older call is told "disagree" so it fails instead of hanging.
    if (pending) pending.resolve({ event: 'disagree' });
    pending = { resolve, referrer: (eventInfo && eventInfo.referrer) || '' };
    notify();
  });
  return true;
}

/** The popup calls this once it is visible (WeChat counts the exposure). */
function exposed() {
  if (pending) pending.resolve({ event: 'exposureAuthorization' });
}

/** After the agree button's bindagreeprivacyauthorization: the pending API goes on. */
function agree() {
  if (!pending) return false;
  pending.resolve({ buttonId: AGREE_BUTTON_ID, event: 'agree' });
  pending = null;
  notify();
  return true;
}

/** 不同意: the pending API fails with "privacy permission is not authorized". */
function disagree() {
  if (!pending) return false;
  pending.resolve({ event: 'disagree' });
  pending = null;
  notify();
  return true;
}

/** Opens the privacy guide registered in the mini-program admin console (《…隐私保护指引》). */
function openContract() {
  return new Promise((resolve) => {
    if (typeof wx.openPrivacyContract !== 'function') {
      resolve(false);
      return;
    }
    wx.openPrivacyContract({ success: () => resolve(true), fail: () => resolve(false) });
  });
}

function subscribe(listener) {
  listeners.add(listener);
  listener(pending ? { referrer: pending.referrer } : null);
  return () => listeners.delete(listener);
}

/** Tests only: forget a pending request. */
function reset() {
  pending = null;
  listeners.clear();
}

/** What the popup says the request is for, from WeChat's referrer. */
const REFERRER_PURPOSES = Object.freeze({
  'button.getPhoneNumber': '绑定手机号，用于接收办证进度和补正通知',
  chooseMedia: '拍照或从相册选择材料照片',
  chooseImage: '拍照或从相册选择材料照片',
  chooseMessageFile: '从聊天记录中选择 PDF 材料',
});

function purposeOf(referrer) {
  return REFERRER_PURPOSES[referrer] || '使用需要您授权的功能';
}

module.exports = {
  AGREE_BUTTON_ID,
  PRIVACY_NOTICE_TITLE,
  listen,
  exposed,
  agree,
  disagree,
  openContract,
  subscribe,
  purposeOf,
  reset,
};

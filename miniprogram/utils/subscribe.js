/*
 * 订阅消息 (WeChat one-time subscription): asked at the three moments that matter — submitting,
 * submitting a 补正, and waiting for the certificate — and never on page load.
 *
 * wx.requestSubscribeMessage only works when called straight from a tap, so the template ids
 * are fetched beforehand (`prepare`, on page load: no popup) and `ask` calls WeChat first thing
 * in the tap handler. Whatever the owner answers is reported to the API, which counts one
 * message per `accept` (WeChat has no API for what is left). A refusal is respected: we do not
 * ask again at that moment in this session; if the owner switched subscriptions off altogether
 * (errCode 20004) we stop asking. Subscribing is optional: `ask` never throws.
 */
const notifications = require('../services/notifications');

const MOMENTS = Object.freeze({
  submit: ['progress', 'supplement'],
  supplement: ['supplement', 'progress'],
  certificate: ['certificate'],
});
const TEMPLATES_KEY = 'banzheng.subscribeTemplates';
const OFF_KEY = 'banzheng.subscribeOff';
const asked = new Set();

/** Fetches and keeps the template ids (no popup). Call on page load. */
async function prepare(state = notifications.subscriptionState) {
  try {
    const body = await state();
    const ids = {};
    if (body && body.enabled) {
      (body.templates || []).forEach((t) => { if (t.template_id) ids[t.key] = t.template_id; });
    }
    wx.setStorageSync(TEMPLATES_KEY, ids);
    return ids;
  } catch (error) {
    return wx.getStorageSync(TEMPLATES_KEY) || {};
  }
}

function requestPopup(tmplIds) {
  return new Promise((resolve) => {
    wx.requestSubscribeMessage({
      tmplIds,
      success: (res) => resolve({ ok: true, res }),
      fail: (err) => resolve({ ok: false, err }),
    });
  });
}

/**
 * Shows the popup for `moment` (call first thing in a tap handler). Resolves to what was
 * reported, or null when nothing was asked.
 */
async function ask(moment, report = notifications.reportSubscriptions) {
  if (!MOMENTS[moment] || asked.has(moment) || wx.getStorageSync(OFF_KEY)) return null;
  const ids = wx.getStorageSync(TEMPLATES_KEY) || {};
  const tmplIds = MOMENTS[moment].map((key) => ids[key]).filter(Boolean);
  if (!tmplIds.length || typeof wx.requestSubscribeMessage !== 'function') return null;
  asked.add(moment);
  const answer = await requestPopup(tmplIds);
  if (!answer.ok) {
    if (answer.err && answer.err.errCode === 20004) wx.setStorageSync(OFF_KEY, true);
    return null;
  }
  const results = {};
  tmplIds.forEach((id) => { if (typeof answer.res[id] === 'string') results[id] = answer.res[id]; });
  try {
    await report(results);
  } catch (error) {
    return null; // the owner's choice stays with WeChat; the count catches up next time
  }
  return results;
}

/** For tests: forget what was asked in this session. */
function reset() {
  asked.clear();
}

module.exports = {
  MOMENTS, prepare, ask, reset,
};

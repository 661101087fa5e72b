/*
 * The owner's consent to the registry's personal-information notice (utils/privacy.js), kept
 * by the API so it can be withdrawn, and deleting the account (注销). After a withdrawal or a
 * deletion nothing of the owner stays on this phone either: tokens, the consent mark, files
 * waiting to upload and their copies.
 */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');
const session = require('./session');
const { uploadQueue } = require('./upload-queue');
const { CONSENT_STORAGE_KEY, PRIVACY_NOTICE_VERSION } = require('../utils/privacy');

function getConsent() {
  return request(ENDPOINTS.privacyConsent);
}

/** Records on the server (and on the phone) that the owner agreed to this notice version. */
async function grantConsent(version = PRIVACY_NOTICE_VERSION) {
  const consent = await request(ENDPOINTS.grantConsent, { data: { notice_version: version } });
  wx.setStorageSync(CONSENT_STORAGE_KEY, version);
  return consent;
}

/** What this phone keeps of the owner, forgotten after a withdrawal or a deletion. */
async function forgetOnThisPhone() {
  session.clearTokens();
  wx.removeStorageSync(CONSENT_STORAGE_KEY);
  await uploadQueue.clearAll();
}

/** 撤回同意: the API deletes the phone number and ends this login; the phone forgets the rest. */
async function withdrawConsent() {
  const consent = await request(ENDPOINTS.withdrawConsent, { data: {} });
  await forgetOnThisPhone();
  return consent;
}

/** 注销账号: resolves the API's report {deleted: [...], kept: [...]} (Chinese lines). */
async function deleteAccount() {
  const report = await request(ENDPOINTS.deleteAccount, { data: { confirm: true } });
  await forgetOnThisPhone();
  return report;
}

module.exports = {
  getConsent, grantConsent, withdrawConsent, deleteAccount, forgetOnThisPhone,
};

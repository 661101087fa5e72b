/* Login page rules: consent first, then WeChat login, then the (optional) phone binding step. */
const auth = require('../../services/auth');
const { userMessage } = require('../../services/errors');
const {
  CONSENT_REQUIRED_MESSAGE, CONSENT_STORAGE_KEY, PRIVACY_NOTICE_VERSION,
} = require('../../utils/privacy');

const STEPS = Object.freeze({ consent: 'consent', bindPhone: 'bind_phone' });

/** Records which notice version the owner agreed to, so a later revision can ask again. */
function recordConsent() {
  wx.setStorageSync(CONSENT_STORAGE_KEY, PRIVACY_NOTICE_VERSION);
}

/**
 * Resolves { ok: true } after login, or { ok: false, message } with the text to show.
 * Nothing is sent to WeChat or the API before the owner has agreed.
 */
async function login({ agreed, loginWithWeChat = auth.loginWithWeChat }) {
  if (!agreed) return { ok: false, message: CONSENT_REQUIRED_MESSAGE };
  try {
    await loginWithWeChat();
    recordConsent();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

module.exports = { STEPS, login, recordConsent };

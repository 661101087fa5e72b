/* Login page rules: consent first, then WeChat login, then the (optional) phone binding step. */
const auth = require('../../services/auth');
const me = require('../../services/me');
const consent = require('../../services/consent');
const { userMessage } = require('../../services/errors');
const { CONSENT_REQUIRED_MESSAGE, PRIVACY_NOTICE_VERSION } = require('../../utils/privacy');

const STEPS = Object.freeze({ consent: 'consent', bindPhone: 'bind_phone' });
const PHONE_DECLINED_MESSAGE = '未授权手机号，可稍后在“设置”中绑定';

/**
 * Records which notice version the owner agreed to — with the API, so the owner can withdraw it
 * later in 设置 and a later revision can ask again.
 */
function recordConsent({ grant = consent.grantConsent } = {}) {
  return grant(PRIVACY_NOTICE_VERSION);
}

/**
 * Resolves { ok: true } after login, or { ok: false, message } with the text to show.
 * Nothing is sent to WeChat or the API before the owner has agreed.
 */
async function login({ agreed, loginWithWeChat = auth.loginWithWeChat, grant = consent.grantConsent }) {
  if (!agreed) return { ok: false, message: CONSENT_REQUIRED_MESSAGE };
  try {
    await loginWithWeChat();
    await recordConsent({ grant });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

/**
 * The owner tapped 授权手机号: WeChat hands a one-time code (or nothing, if they declined).
 * Resolves { ok: true, phone } with the masked number, or { ok: false, message }.
 */
async function bindPhone(detail, { send = me.bindPhone } = {}) {
  if (!detail || !detail.code) return { ok: false, message: PHONE_DECLINED_MESSAGE };
  try {
    const profile = await send(detail.code);
    return { ok: true, phone: profile.phone };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

module.exports = {
  PHONE_DECLINED_MESSAGE, STEPS, bindPhone, login, recordConsent,
};

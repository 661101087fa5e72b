/* Settings page rules: the profile summary, the 适老化 switch and logging out. */
const me = require('../../services/me');
const auth = require('../../services/auth');
const consent = require('../../services/consent');
const { userMessage } = require('../../services/errors');
const elder = require('../../utils/elder-mode');

/** Profile lines as shown (the API already masks name, ID number and phone). */
function profileView(profile) {
  const rows = [
    { label: '姓名', value: profile.real_name || profile.display_name },
    { label: '身份', value: profile.role_label },
    { label: '身份证号', value: profile.id_number },
    { label: '手机号', value: profile.phone || '未绑定' },
  ];
  return rows.filter((row) => row.value);
}

async function loadProfile({ getMe = me.getMe } = {}) {
  try {
    return { rows: profileView(await getMe()), errorMessage: '' };
  } catch (error) {
    return { rows: [], errorMessage: userMessage(error) };
  }
}

function changeElderMode(enabled) {
  return elder.setElderMode(enabled);
}

/**
 * Logs out. The local session is gone afterwards even if the server could not be told, so the
 * caller always continues to the login page; `message` says when the server was not reached.
 */
async function logout({ logoutRequest = auth.logout } = {}) {
  try {
    await logoutRequest();
    return { message: '' };
  } catch (error) {
    return { message: userMessage(error) };
  }
}

/** 同意状态 as one line: the version and day agreed, or that it was withdrawn. */
function consentLabel(state) {
  if (!state) return '';
  if (state.active) return `已同意（${state.notice_version} 版）`;
  if (state.withdrawn_at) return '已撤回';
  return '未同意';
}

async function loadConsent({ getConsent = consent.getConsent } = {}) {
  try {
    return { label: consentLabel(await getConsent()) };
  } catch (error) {
    return { label: '暂时无法查询' };
  }
}

/** Resolves {ok, message}; after it the phone is logged out (the API ended the login). */
async function withdrawConsent({ withdraw = consent.withdrawConsent } = {}) {
  try {
    await withdraw();
    return { ok: true, message: '' };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

/** Resolves {ok, report?, message}: the API's lines of what was deleted and what is kept. */
async function deleteAccount({ remove = consent.deleteAccount } = {}) {
  try {
    return { ok: true, report: await remove(), message: '' };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

module.exports = {
  profileView, loadProfile, changeElderMode, logout, consentLabel, loadConsent, withdrawConsent, deleteAccount,
};

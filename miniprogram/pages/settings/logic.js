/* Settings page rules: the profile summary, the 适老化 switch and logging out. */
const me = require('../../services/me');
const auth = require('../../services/auth');
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

module.exports = {
  profileView, loadProfile, changeElderMode, logout,
};

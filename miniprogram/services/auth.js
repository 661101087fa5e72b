/* Logging in and out. */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');
const session = require('./session');
const { ApiError } = require('./errors');

function wxLoginCode() {
  return new Promise((resolve, reject) => {
    wx.login({
      success: (res) => (res && res.code
        ? resolve(res.code)
        : reject(new ApiError({ code: 'WX_LOGIN_FAILED', message: '微信登录失败，请稍后重试' }))),
      fail: () => reject(new ApiError({ code: 'WX_LOGIN_FAILED', message: '微信登录失败，请稍后重试' })),
    });
  });
}

/** wx.login → POST /auth/wechat {code}; stores the token pair. */
async function loginWithWeChat() {
  const code = await wxLoginCode();
  const pair = await request(ENDPOINTS.wechatLogin, { data: { code } });
  session.saveTokens(pair);
  return pair;
}

/**
 * Revokes the session on the server, then forgets it locally. Local tokens are cleared even when
 * the server cannot be reached: the user asked to be logged out on this phone.
 */
async function logout() {
  try {
    if (session.isLoggedIn()) await request(ENDPOINTS.logout);
  } finally {
    session.clearTokens();
  }
}

module.exports = { loginWithWeChat, logout };

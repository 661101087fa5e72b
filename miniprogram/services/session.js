/*
 * The login session: access and refresh tokens in wx storage. Refresh tokens rotate, so every
 * token pair the API returns replaces the stored one whole.
 */
const KEYS = Object.freeze({
  access: 'banzheng.accessToken',
  refresh: 'banzheng.refreshToken',
  expiresAt: 'banzheng.accessExpiresAt',
});

function saveTokens(pair, now = Date.now()) {
  if (!pair || !pair.access_token || !pair.refresh_token) {
    throw new Error('token pair must contain access_token and refresh_token');
  }
  wx.setStorageSync(KEYS.access, pair.access_token);
  wx.setStorageSync(KEYS.refresh, pair.refresh_token);
  wx.setStorageSync(KEYS.expiresAt, now + Number(pair.expires_in || 0) * 1000);
}

function accessToken() {
  return wx.getStorageSync(KEYS.access) || '';
}

function refreshToken() {
  return wx.getStorageSync(KEYS.refresh) || '';
}

function isLoggedIn() {
  return Boolean(accessToken() || refreshToken());
}

function clearTokens() {
  Object.values(KEYS).forEach((key) => wx.removeStorageSync(key));
}

module.exports = {
  KEYS, saveTokens, accessToken, refreshToken, isLoggedIn, clearTokens,
};

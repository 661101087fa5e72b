/* Small builders for API payloads, shaped like the backend's schemas. */
const BASE = 'http://127.0.0.1:8000';

function tokenPair(n = 1) {
  return {
    access_token: `access-${n}`, refresh_token: `refresh-${n}`, token_type: 'Bearer', expires_in: 900,
  };
}

function house(overrides = {}) {
  return {
    id: 'h-01',
    community_id: 'c-01',
    community_name: '幸福里小区',
    address: '示例市东城区和平路 18 号',
    building: '3',
    unit: '2',
    room: '301',
    contract_area: '89.50',
    measured_area: '90.70',
    share_percent: 100,
    ...overrides,
  };
}

function apiError(code, message, details = {}) {
  return { error: { code, message, details } };
}

/** Puts a logged-in session in storage, as after a successful login. */
function signIn(n = 1) {
  const pair = tokenPair(n);
  wx.setStorageSync('banzheng.accessToken', pair.access_token);
  wx.setStorageSync('banzheng.refreshToken', pair.refresh_token);
  return pair;
}

module.exports = {
  BASE, tokenPair, house, apiError, signIn,
};

/*
 * Every API operation the mini-program can call, in one table. Services pass these entries to
 * request(); no other file spells an API path (a test enforces it), and the contract test checks
 * each entry against openapi/openapi.yaml.
 *
 * Flags:  auth: false       — sent without a bearer token (login, refresh)
 *         idempotent: true  — a write the phone may retry: carries an Idempotency-Key
 */
const ENDPOINTS = Object.freeze({
  wechatLogin: { method: 'POST', path: '/api/v1/auth/wechat', auth: false },
  refresh: { method: 'POST', path: '/api/v1/auth/refresh', auth: false },
  logout: { method: 'POST', path: '/api/v1/auth/logout' },
  me: { method: 'GET', path: '/api/v1/me' },
  myHouses: { method: 'GET', path: '/api/v1/me/houses' },
  house: { method: 'GET', path: '/api/v1/houses/{house_id}' },
});

/** Fills `{name}` placeholders; values are URI-encoded; a missing value is a programming error. */
function buildPath(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

module.exports = { ENDPOINTS, buildPath };

/* The signed-in user's profile (PII arrives masked by the API). */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');

function getMe() {
  return request(ENDPOINTS.me);
}

/** 手机号绑定: the code from <button open-type="getPhoneNumber">; answers the masked profile. */
function bindPhone(code) {
  return request(ENDPOINTS.bindPhone, { data: { code } });
}

module.exports = { bindPhone, getMe };

/* The signed-in user's profile (PII arrives masked by the API). */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');

function getMe() {
  return request(ENDPOINTS.me);
}

module.exports = { getMe };

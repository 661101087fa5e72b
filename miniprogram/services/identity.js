/*
 * Video identity check (远程视频核验身份): the separate consent, the challenge, the video upload
 * (through the resumable upload service) and the result.
 */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');
const uploads = require('./uploads');

/** The consent text to show in full before anything is recorded: {version, sha256, text, retention_days}. */
function consent() {
  return request(ENDPOINTS.identityConsent);
}

/** {verified, valid_until, latest}: whether the owner may sign now, and the last check. */
function status() {
  return request(ENDPOINTS.identityStatus);
}

/** Records the consent the owner agreed to and starts a check: answers the challenge. */
function start(agreed) {
  return request(ENDPOINTS.startIdentityCheck, {
    data: { consent_version: agreed.version, consent_sha256: agreed.sha256, agree: true },
  });
}

function check(checkId) {
  return request(ENDPOINTS.identityCheck, { params: { check_id: checkId } });
}

/** After the external provider's page: the server pulls the result (the redirect proves nothing). */
function refresh(checkId) {
  return request(ENDPOINTS.refreshIdentityCheck, { params: { check_id: checkId } });
}

/** Uploads the recorded video; `onProgress(sent, total)` follows the bytes the server confirmed. */
function uploadVideo(checkId, file, onProgress) {
  return uploads.uploadIdentityVideo({ checkId, file, onProgress });
}

module.exports = {
  consent, status, start, check, refresh, uploadVideo,
};

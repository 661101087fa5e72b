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
  bindPhone: { method: 'POST', path: '/api/v1/me/phone' },
  privacyConsent: { method: 'GET', path: '/api/v1/me/privacy-consent' },
  grantConsent: { method: 'POST', path: '/api/v1/me/privacy-consent' },
  withdrawConsent: { method: 'POST', path: '/api/v1/me/privacy-consent/withdraw' },
  deleteAccount: { method: 'DELETE', path: '/api/v1/me' },
  house: { method: 'GET', path: '/api/v1/houses/{house_id}' },
  /* binding my house to the archive's owner of record (房屋绑定) */
  bindHouse: { method: 'POST', path: '/api/v1/me/houses/bind' },
  bindingCode: { method: 'POST', path: '/api/v1/me/binding-code' },
  estateDirectory: { method: 'GET', path: '/api/v1/estate-directory' },

  applicationTypes: { method: 'GET', path: '/api/v1/application-types' },
  applications: { method: 'GET', path: '/api/v1/applications' },
  createApplication: { method: 'POST', path: '/api/v1/applications' },
  application: { method: 'GET', path: '/api/v1/applications/{application_id}' },
  applicationFees: { method: 'GET', path: '/api/v1/applications/{application_id}/fees' },
  commitment: { method: 'POST', path: '/api/v1/applications/{application_id}/commitments' },
  areaConfirmation: { method: 'POST', path: '/api/v1/applications/{application_id}/area-confirmation' },
  withdraw: { method: 'POST', path: '/api/v1/applications/{application_id}/withdraw' },
  submitApplication: { method: 'POST', path: '/api/v1/applications/{application_id}/submit', idempotent: true },
  ticket: { method: 'GET', path: '/api/v1/tickets/{ticket}' },

  /* one-shot upload: ?requirement=CODE&filename=NAME, multipart field "file" */
  uploadMaterial: { method: 'POST', path: '/api/v1/applications/{application_id}/materials' },
  /* resumable upload, tus 1.0 core */
  createUpload: { method: 'POST', path: '/api/v1/uploads' },
  uploadOffset: { method: 'HEAD', path: '/api/v1/uploads/{upload_id}' },
  uploadChunk: { method: 'PATCH', path: '/api/v1/uploads/{upload_id}' },
  // tus method override: POST + X-HTTP-Method-Override: PATCH (WeChat's request API has no PATCH)
  uploadChunkOverride: { method: 'POST', path: '/api/v1/uploads/{upload_id}' },

  /* messages, channels and WeChat subscription consents */
  messages: { method: 'GET', path: '/api/v1/me/messages' },
  unreadCount: { method: 'GET', path: '/api/v1/me/messages/unread-count' },
  readMessage: { method: 'POST', path: '/api/v1/me/messages/{message_id}/read' },
  readAllMessages: { method: 'POST', path: '/api/v1/me/messages/read-all' },
  subscriptions: { method: 'GET', path: '/api/v1/me/subscriptions' },
  reportSubscriptions: { method: 'POST', path: '/api/v1/me/subscriptions' },
  notificationSettings: { method: 'GET', path: '/api/v1/me/notification-settings' },

  /* guides, risk notices, fees before a draft */
  guide: { method: 'GET', path: '/api/v1/guides/{kind}/{key}' },
  notices: { method: 'GET', path: '/api/v1/notices' },
  applicationNotices: { method: 'GET', path: '/api/v1/applications/{application_id}/notices' },
  feePreview: { method: 'GET', path: '/api/v1/fees/preview' },

  /* satisfaction by QR scan */
  ratingTarget: { method: 'GET', path: '/api/v1/feedback/t/{code}' },
  rate: { method: 'POST', path: '/api/v1/feedback/t/{code}/ratings' },
  myRatings: { method: 'GET', path: '/api/v1/me/ratings' },
  /* video identity check (远程视频核验) */
  identityConsent: { method: 'GET', path: '/api/v1/identity/consent' },
  identityStatus: { method: 'GET', path: '/api/v1/identity/status' },
  startIdentityCheck: { method: 'POST', path: '/api/v1/identity/checks' },
  identityCheck: { method: 'GET', path: '/api/v1/identity/checks/{check_id}' },
  refreshIdentityCheck: { method: 'POST', path: '/api/v1/identity/checks/{check_id}/refresh' },

  /* e-signature (电子签章) */
  signingRequests: { method: 'GET', path: '/api/v1/signatures/requests' },
  createSigningRequest: { method: 'POST', path: '/api/v1/signatures/requests' },
  signingRequest: { method: 'GET', path: '/api/v1/signatures/requests/{request_id}' },
  signingDocument: { method: 'GET', path: '/api/v1/signatures/requests/{request_id}/document' },
  signingEvidence: { method: 'GET', path: '/api/v1/signatures/requests/{request_id}/evidence' },
  signDocument: { method: 'POST', path: '/api/v1/signatures/requests/{request_id}/sign', idempotent: true },

  /* electronic certificates (不动产权电子证照) */
  myCertificates: { method: 'GET', path: '/api/v1/me/certificates' },
  applicationCertificates: { method: 'GET', path: '/api/v1/applications/{application_id}/certificates' },
  certificatePdf: { method: 'GET', path: '/api/v1/certificates/{certificate_id}/pdf' },
  certificateQr: { method: 'GET', path: '/api/v1/certificates/{certificate_id}/qr' },
});

/**
 * Fills `{name}` placeholders; values are URI-encoded; a missing value is a programming error.
 * ":" stays as it is: it is legal in a path segment (RFC 3986 pchar) and the API's submission
 * tickets ("submit:<id>:<version>") contain it; the server does not decode %3A in path values.
 */
function buildPath(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value)).replace(/%3A/gi, ':');
  });
}

module.exports = { ENDPOINTS, buildPath };

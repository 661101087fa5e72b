/*
 * E-signature (电子签章): documents to sign, previewing them, signing with the drawn signature,
 * and opening the signed PDF and its evidence report.
 */
const { request, download } = require('./request');
const { ENDPOINTS } = require('./endpoints');
const { ApiError } = require('./errors');

/** Documents waiting for my signature (the home page's “待签署”). */
async function pending() {
  const page = await request(ENDPOINTS.signingRequests, { query: { pending: 1, size: 50 } });
  return page.items;
}

/** Every document of one application (any status). */
async function forApplication(applicationId) {
  const page = await request(ENDPOINTS.signingRequests, { query: { application_id: applicationId, size: 50 } });
  return page.items;
}

function open(applicationId, kind, requirementCode) {
  return request(ENDPOINTS.createSigningRequest, {
    data: { application_id: applicationId, kind, requirement_code: requirementCode || null },
  });
}

function detail(requestId) {
  return request(ENDPOINTS.signingRequest, { params: { request_id: requestId } });
}

/** Signs with the drawn signature (PNG, base64); `documentSha256` is the hash of the PDF shown. */
function sign(requestId, signaturePngBase64, documentSha256) {
  return request(ENDPOINTS.signDocument, {
    params: { request_id: requestId },
    data: { signature_png: signaturePngBase64, document_sha256: documentSha256 },
  });
}

function openPdf(filePath) {
  return new Promise((resolve, reject) => {
    wx.openDocument({
      filePath,
      fileType: 'pdf',
      showMenu: true,
      success: () => resolve(filePath),
      fail: (err) => reject(new ApiError({ code: 'OPEN_FAILED', message: '无法打开文件，请稍后重试', details: { errMsg: err && err.errMsg } })),
    });
  });
}

/** Downloads the document (preview before signing, the signed PDF after) and opens it. */
async function openDocument(requestId) {
  return openPdf(await download(ENDPOINTS.signingDocument, { params: { request_id: requestId } }));
}

/** Downloads and opens the evidence report (a sealed PDF). */
async function openEvidence(requestId) {
  return openPdf(await download(ENDPOINTS.signingEvidence, { params: { request_id: requestId } }));
}

module.exports = {
  pending, forApplication, open, detail, sign, openDocument, openEvidence,
};

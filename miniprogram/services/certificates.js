/*
 * Electronic title certificates (不动产权电子证照): my certificates, opening the sealed PDF, the
 * verification QR code, and the public verification link to share.
 */
const { request, download } = require('./request');
const { ENDPOINTS } = require('./endpoints');
const { ApiError } = require('./errors');

/** Every certificate I hold, newest first (revoked ones too: they stay on record). */
async function mine() {
  return (await request(ENDPOINTS.myCertificates)).items;
}

/** The certificates one application produced (each version after a replacement). */
async function forApplication(applicationId) {
  return (await request(ENDPOINTS.applicationCertificates, { params: { application_id: applicationId } })).items;
}

function wxCall(name, options, failMessage) {
  return new Promise((resolve, reject) => {
    wx[name]({
      ...options,
      success: (res) => resolve(res),
      fail: (err) => reject(new ApiError({ code: 'WX_FAILED', message: failMessage, details: { errMsg: err && err.errMsg } })),
    });
  });
}

/** Downloads the sealed PDF and opens it (WeChat's viewer can save or forward it). */
async function openPdf(certificateId) {
  const filePath = await download(ENDPOINTS.certificatePdf, { params: { certificate_id: certificateId } });
  await wxCall('openDocument', { filePath, fileType: 'pdf', showMenu: true }, '无法打开证书文件，请稍后重试');
  return filePath;
}

/** Shows the verification QR code full screen (anyone may scan it to check the certificate). */
async function showQr(certificateId) {
  const filePath = await download(ENDPOINTS.certificateQr, { params: { certificate_id: certificateId } });
  await wxCall('previewImage', { urls: [filePath], current: filePath }, '无法显示二维码，请稍后重试');
  return filePath;
}

/** Copies the public verification link, to send to a bank, a buyer or a notary. */
function copyLink(url) {
  return wxCall('setClipboardData', { data: url }, '复制失败，请稍后重试');
}

module.exports = {
  mine, forApplication, openPdf, showQr, copyLink,
};

/*
 * Identity check with the external 人脸核身 service (IDENTITY_PROVIDER=faceid, modelled on Tencent
 * 慧眼): the provider's own H5 page does liveness and the face match against the ID photo, opened
 * in a <web-view> (face/web). When the owner is back, this page asks OUR server for the result:
 * the server pulls it from the provider by the token it holds (POST …/checks/{id}/refresh).
 * Nothing the provider's redirect carries (its query string) is read or trusted.
 */
const identity = require('../../../services/identity');
const { userMessage } = require('../../../services/errors');
const { dateTimeLabel } = require('../../../utils/date-format');

/** What to do on the provider's page, in plain words (shown before it is opened). */
const STEPS = Object.freeze([
  '点下面的“开始人脸核身”，进入核身页面。',
  '按页面提示正对手机，读出数字或完成眨眼、转头等动作，系统会把您的脸和身份证照片比对。',
  '做完后会自动回到这里显示结果；如果没有自动回来，请点左上角返回。',
]);

/** The page's view of a check: {state, title, text, steps?, canOpen, canRefresh, canRestart, validUntil}. */
function faceView(check, { returned = false } = {}) {
  const base = {
    state: check.status, title: check.status_label, text: '', steps: [], canOpen: false, canRefresh: false, canRestart: false, validUntil: '',
  };
  switch (check.status) {
    case 'awaiting_provider':
      if (returned) {
        return {
          ...base,
          state: 'pending',
          title: '还没有收到核验结果',
          text: '如果您已在核身页面做完全部步骤，请稍等几秒再点“刷新结果”；如果中途退出了，请点“继续人脸核身”把它做完。',
          canOpen: Boolean(check.provider_url),
          canRefresh: true,
        };
      }
      return {
        ...base,
        state: 'ready',
        title: '请完成人脸核身',
        text: '核身页面由专门的人脸核身服务提供，约需 1 分钟。',
        steps: STEPS,
        canOpen: Boolean(check.provider_url),
        canRefresh: true,
      };
    case 'passed':
      return {
        ...base,
        state: 'passed',
        title: '核验通过',
        validUntil: dateTimeLabel(check.passed_until),
        text: check.passed_until ? `您已通过人脸核身，${dateTimeLabel(check.passed_until)} 前可以直接签署文件。` : '您已通过人脸核身，可以签署文件了。',
      };
    case 'failed':
      return {
        ...base,
        state: 'failed',
        title: '核验未通过',
        text: check.decision_reason || '人脸核身未通过。',
        steps: ['请在光线充足的地方、摘下帽子和口罩后重新核验；', '多次不通过，请带身份证到登记窗口当面办理。'],
        canRestart: true,
      };
    case 'expired':
      return {
        ...base, state: 'expired', title: '本次核验已失效', text: '您已重新开始过核验，或本次核验已过期。请重新开始。', canRestart: true,
      };
    default:
      return base;
  }
}

/** The check as it stands (first open, or a check continued from the identity page). */
async function loadFace(checkId) {
  try {
    const check = await identity.check(checkId);
    return { check, view: faceView(check), errorMessage: '' };
  } catch (error) {
    return { check: null, view: null, errorMessage: userMessage(error) };
  }
}

/** Back from the provider's page: the server pulls the result; we show what it recorded. */
async function refreshFace(checkId) {
  try {
    const check = await identity.refresh(checkId);
    return { check, view: faceView(check, { returned: true }), errorMessage: '' };
  } catch (error) {
    return { check: null, view: null, errorMessage: userMessage(error) };
  }
}

/** The provider's page to open and the address it comes back to, from our API (never a query). */
async function loadProviderPage(checkId) {
  const loaded = await loadFace(checkId);
  if (loaded.errorMessage) return { url: '', returnUrl: '', errorMessage: loaded.errorMessage };
  const { check } = loaded;
  if (check.status !== 'awaiting_provider' || !check.provider_url) {
    return { url: '', returnUrl: '', errorMessage: '本次核验已经结束' };
  }
  return { url: check.provider_url, returnUrl: check.provider_return_url || '', errorMessage: '' };
}

function withoutQuery(url) {
  return String(url || '').split(/[?#]/)[0].replace(/\/+$/, '');
}

/** True when the web-view has reached the return address (compared without query or fragment). */
function isReturn(src, returnUrl) {
  if (!returnUrl) return false;
  return withoutQuery(src) === withoutQuery(returnUrl);
}

module.exports = {
  STEPS, faceView, loadFace, refreshFace, loadProviderPage, isReturn,
};

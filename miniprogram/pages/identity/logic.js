/*
 * Video identity check, first page: where the owner stands (verified until…, waiting for a clerk,
 * what to record again) and the separate consent to process face data (《个人信息保护法》
 * art. 29) shown in full before anything is recorded.
 */
const identity = require('../../services/identity');
const { userMessage } = require('../../services/errors');
const { dateTimeLabel } = require('../../utils/date-format');
const { pageUrl } = require('../../utils/routes');

/** What the owner reads about their latest check, by its status. */
const STATUS_HINTS = Object.freeze({
  awaiting_video: '上一次核验还没有录制视频，可以重新开始。',
  awaiting_provider: '上一次人脸核身还没有做完，可以接着做，也可以重新开始。',
  checking: '视频已上传，系统正在自动检查，请稍候。',
  in_review: '视频已通过自动检查，正在等待登记窗口工作人员审核（通常 1 个工作日内）。',
  retake: '上一次的视频不符合要求，请按下面的提示重新录制：',
  failed: '上一次核验未通过。',
  expired: '上一次核验的动作码已过期，请重新开始。',
});

function statusView(status, { next } = {}) {
  const latest = status.latest || null;
  const waiting = Boolean(latest && ['checking', 'in_review'].includes(latest.status));
  const unfinishedFace = Boolean(latest && !status.verified && latest.status === 'awaiting_provider' && latest.provider_url);
  return {
    verified: Boolean(status.verified),
    validUntil: status.valid_until ? dateTimeLabel(status.valid_until) : '',
    latestLabel: latest ? latest.status_label : '',
    hint: latest && !status.verified ? (STATUS_HINTS[latest.status] || '') : '',
    problems: latest && latest.status === 'retake' ? latest.problems.map((p) => p.message) : [],
    reason: latest && latest.status === 'failed' ? latest.decision_reason : '',
    waiting,
    canStart: !waiting,
    // the external 人脸核身 page not finished yet: go on with it (face/index pulls the result)
    continueUrl: unfinishedFace ? pageUrl('identityFace', { check_id: latest.id, next }) : '',
  };
}

function consentView(consent) {
  return {
    version: consent.version,
    sha256: consent.sha256,
    paragraphs: String(consent.text).split('\n').filter((line) => line.trim()),
    retentionDays: consent.retention_days,
  };
}

async function loadIdentity({ next } = {}) {
  try {
    const [status, consent] = await Promise.all([identity.status(), identity.consent()]);
    return { view: { ...statusView(status, { next }), consent: consentView(consent) }, errorMessage: '' };
  } catch (error) {
    return { view: null, errorMessage: userMessage(error) };
  }
}

/**
 * Starts a check with the consent shown; resolves with the next page's URL: the record page
 * (video for a clerk), or, when the API says an external 人脸核身 service decides (a
 * provider_url), the face page that opens the provider's page and pulls the result after.
 */
async function startCheck(consent, { next } = {}) {
  try {
    const check = await identity.start(consent);
    if (check.provider_url) return { url: pageUrl('identityFace', { check_id: check.id, next }), checkId: check.id, errorMessage: '' };
    return { url: pageUrl('identityRecord', { check_id: check.id, next }), checkId: check.id, errorMessage: '' };
  } catch (error) {
    return { url: '', errorMessage: userMessage(error) };
  }
}

module.exports = {
  STATUS_HINTS, statusView, consentView, loadIdentity, startCheck,
};

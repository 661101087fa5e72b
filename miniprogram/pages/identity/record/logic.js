/*
 * Recording the identity video: the challenge shown large while the front camera records (time
 * limit shown), the upload with its progress, then the automatic pre-check's answer — passed on
 * to a clerk, or exactly what to record again.
 */
const identity = require('../../../services/identity');
const { userMessage } = require('../../../services/errors');

/** wx.createCameraContext().startRecord stops by itself after this many seconds at most. */
const MAX_SECONDS = 30;
/** The pre-check refuses shorter videos; the stop button waits for this. */
const MIN_SECONDS = 3;
/** Polling the pre-check result: every POLL_MS, at most POLL_TIMES times. */
const POLL_MS = 2000;
const POLL_TIMES = 45;

function secondsLeft(expiresAt, now = Date.now()) {
  return Math.max(0, Math.floor((Date.parse(expiresAt) - now) / 1000));
}

/** The challenge as the page shows it: digits spaced out, big, with the action and time left. */
function challengeView(check, now = Date.now()) {
  const challenge = check.challenge;
  if (!challenge) return null;
  return {
    digits: challenge.digits.split(''),
    spoken: challenge.digits,
    action: challenge.action_label,
    secondsLeft: secondsLeft(challenge.expires_at, now),
    maxSeconds: check.upload ? Math.min(MAX_SECONDS, check.upload.max_seconds) : MAX_SECONDS,
    minSeconds: check.upload ? check.upload.min_seconds : MIN_SECONDS,
  };
}

/** What the owner reads once the pre-check has answered (or not yet). */
function resultView(check) {
  switch (check.status) {
    case 'in_review':
      return { state: 'waiting', title: '视频已提交', text: '系统检查通过，正在等待登记窗口工作人员审核，通常 1 个工作日内完成，结果会显示在“视频核验身份”页面。' };
    case 'passed':
      return { state: 'passed', title: '核验通过', text: '您已通过视频核验，可以签署文件了。' };
    case 'retake':
      return {
        state: 'retake', title: '需要重新录制', text: '视频不符合要求：', problems: check.problems.map((p) => p.message),
      };
    case 'failed':
      return { state: 'failed', title: '核验未通过', text: check.decision_reason || '请到登记窗口当面办理。' };
    case 'expired':
      return { state: 'expired', title: '动作码已过期', text: '请返回重新开始核验。' };
    default:
      return { state: 'checking', title: '正在检查视频', text: '视频已上传，系统正在检查能否看清、听清，请稍候…' };
  }
}

async function loadCheck(checkId) {
  try {
    const check = await identity.check(checkId);
    if (check.status !== 'awaiting_video') return { check, challenge: null, result: resultView(check), errorMessage: '' };
    return {
      check, challenge: challengeView(check), result: null, errorMessage: '',
    };
  } catch (error) {
    return {
      check: null, challenge: null, result: null, errorMessage: userMessage(error),
    };
  }
}

/** Asks until the pre-check has answered (the worker decodes the video), or gives up politely. */
async function waitForPrecheck(checkId, { sleep = (ms) => new Promise((r) => setTimeout(r, ms)), times = POLL_TIMES } = {}) {
  let check = await identity.check(checkId);
  for (let i = 0; check.status === 'checking' && i < times; i += 1) {
    // eslint-disable-next-line no-await-in-loop
    await sleep(POLL_MS);
    // eslint-disable-next-line no-await-in-loop
    check = await identity.check(checkId);
  }
  return check;
}

/**
 * Uploads the recorded video (progress 0–100 through `onPercent`) and waits for the pre-check.
 * Resolves with {result} or {errorMessage}.
 */
async function uploadAndCheck(checkId, video, { onPercent = () => {}, sleep } = {}) {
  try {
    await identity.uploadVideo(checkId, {
      path: video.path, size: video.size, name: `核验视频-${checkId.slice(0, 8)}.mp4`,
    }, (sent, total) => onPercent(total ? Math.floor((sent / total) * 100) : 0));
    const check = await waitForPrecheck(checkId, { sleep });
    return { result: resultView(check), errorMessage: '' };
  } catch (error) {
    return { result: null, errorMessage: userMessage(error) };
  }
}

module.exports = {
  MAX_SECONDS, MIN_SECONDS, challengeView, resultView, loadCheck, waitForPrecheck, uploadAndCheck, secondsLeft,
};

/*
 * 扫码评价 page rules. Opened by scanning: a mini-program code passes the target's code as
 * `scene`; an ordinary QR code (WeChat's URL-prefix rule) passes the whole URL, encoded, as `q`
 * (https://<host>/q/<code>); links inside the app pass `code`.
 */
const feedback = require('../../services/feedback');
const { userMessage } = require('../../services/errors');
const { dateTimeLabel } = require('../../utils/date-format');

const CODE_RE = /^[23456789abcdefghjkmnpqrstuvwxyz]{10}$/;

function codeFromQuery(query = {}) {
  let code = '';
  if (query.scene) code = decodeURIComponent(query.scene);
  else if (query.q) {
    const url = decodeURIComponent(query.q);
    const m = /\/q\/([^/?#]+)/.exec(url);
    code = m ? m[1] : '';
  } else if (query.code) code = query.code;
  return CODE_RE.test(code) ? code : '';
}

async function loadTarget(query, { getTarget = feedback.getTarget } = {}) {
  const code = codeFromQuery(query);
  if (!code) return { target: null, code: '', errorMessage: '二维码无法识别，请扫描窗口或回执上的评价二维码' };
  try {
    return { target: await getTarget(code), code, errorMessage: '' };
  } catch (error) {
    return { target: null, code, errorMessage: userMessage(error) };
  }
}

/** What the form sends: the level, the indicators that were given, the comment. */
function ratingBody({ level, indicators = {}, comment = '' }) {
  const given = {};
  Object.entries(indicators).forEach(([k, v]) => { if (v) given[k] = Number(v); });
  return { level: Number(level), indicators: given, comment: comment.trim() };
}

async function submit(code, form, { rate = feedback.rate } = {}) {
  if (!form.level) return { rating: null, errorMessage: '请先选择总体评价' };
  try {
    return { rating: doneView(await rate(code, ratingBody(form))), errorMessage: '' };
  } catch (error) {
    return { rating: null, errorMessage: userMessage(error), code: error.code };
  }
}

/** The thank-you after rating: a 差评's follow-up deadline in words, not an ISO time. */
function doneView(r) {
  return { ...r, caseDue: r.case ? dateTimeLabel(r.case.due_at) : '' };
}

function ratingView(r) {
  return {
    id: r.id,
    targetName: r.target_name,
    kindLabel: r.target_kind_label,
    levelLabel: r.level_label,
    bad: r.level <= 2,
    comment: r.comment,
    time: dateTimeLabel(r.created_at),
    caseLabel: r.case ? r.case.status_label : '',
    caseDue: r.case ? dateTimeLabel(r.case.due_at) : '',
  };
}

async function loadMine({ myRatings = feedback.myRatings } = {}) {
  try {
    return { items: (await myRatings()).map(ratingView), errorMessage: '' };
  } catch (error) {
    return { items: [], errorMessage: userMessage(error) };
  }
}

module.exports = {
  codeFromQuery, loadTarget, ratingBody, submit, doneView, ratingView, loadMine,
};

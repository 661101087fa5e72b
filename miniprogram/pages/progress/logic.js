/*
 * Progress page rules (进度查询, plan requirement 5): the timeline with each department's parallel
 * step and its time limit, the expected completion date, supplement requests that link back to
 * the item to re-upload, deferred (容缺) items due later, and the area-difference confirmation.
 */
const applications = require('../../services/applications');
const { userMessage } = require('../../services/errors');
const {
  statusLabel, statusTheme, isEditable, TIMELINE_STATE_LABELS,
} = require('../../utils/application-status');
const { dateLabel, dateTimeLabel } = require('../../utils/date-format');
const { roomLabel } = require('../../utils/house-format');
const { pageUrl } = require('../../utils/routes');

/** Phases every application passes; any other timeline key is a department's parallel step. */
const MAIN_PHASES = new Set(['submit', 'pre_review', 'accept', 'registry_review', 'register', 'issue_certificate', 'deliver']);

/** States in which the application has an electronic certificate to show. */
const CERTIFICATE_STATES = new Set(['certificate_issued', 'delivered']);

const STEP_STATUS_LABELS = Object.freeze({
  waiting: '未开始', active: '审批中', approved: '已通过', rejected: '未通过',
});

function timelineRow(entry, opinions = {}) {
  let when = '';
  if (entry.finished_at) when = `完成于 ${dateTimeLabel(entry.finished_at)}`;
  else if (entry.started_at) when = `开始于 ${dateTimeLabel(entry.started_at)}`;
  return {
    key: entry.key,
    label: entry.label,
    state: entry.state,
    stateLabel: TIMELINE_STATE_LABELS[entry.state] || entry.state,
    actor: entry.actor || '',
    when,
    due: entry.due_at && !entry.finished_at ? `办理时限 ${dateTimeLabel(entry.due_at)}` : '',
    department: !MAIN_PHASES.has(entry.key),
    opinion: opinions[entry.key] || '',
  };
}

function departmentRow(step) {
  return {
    id: step.id,
    label: step.label,
    organisation: step.organisation || '待分派',
    status: step.status,
    statusLabel: STEP_STATUS_LABELS[step.status] || step.status,
    due: step.due_at ? dateTimeLabel(step.due_at) : '',
    finished: step.finished_at ? dateTimeLabel(step.finished_at) : '',
    opinion: step.opinion || '',
  };
}

/** Each department's written opinion (审批意见), by step kind, as the timeline keys them. */
function opinionsByKind(detail) {
  const out = {};
  (detail.steps || []).forEach((step) => {
    if (step.opinion) out[step.kind] = step.opinion;
  });
  return out;
}

function materialName(detail, code) {
  const item = (detail.materials || []).find((m) => m.code === code);
  return item ? item.name : '';
}

function actionsOf(detail, code) {
  return (detail.next_actions || []).filter((a) => a.code === code);
}

/** The view model the page binds, from GET /applications/{id}. */
function progressView(detail) {
  const linkTo = (a) => pageUrl('apply', { application_id: detail.id, requirement: a.requirement_code });
  const house = detail.house || {};
  const area = detail.area || null;
  return {
    id: detail.id,
    number: detail.number,
    kindLabel: detail.kind_label || '',
    status: detail.status,
    statusLabel: detail.status_label || statusLabel(detail.status),
    statusTheme: statusTheme(detail.status),
    houseLabel: `${house.community_name || ''} ${roomLabel(house)}`.trim(),
    expectedCompletion: dateLabel(detail.expected_completion_date),
    dueAt: detail.due_at ? dateTimeLabel(detail.due_at) : '',
    timeline: (detail.timeline || []).map((entry) => timelineRow(entry, opinionsByKind(detail))),
    departments: (detail.steps || []).map(departmentRow),
    supplements: actionsOf(detail, 'supplement').map((a) => ({
      requirementCode: a.requirement_code,
      name: materialName(detail, a.requirement_code),
      problem: a.label,
      resolved: Boolean(a.resolved),
      url: linkTo(a),
    })),
    deferred: actionsOf(detail, 'upload_deferred').map((a) => ({
      requirementCode: a.requirement_code,
      name: materialName(detail, a.requirement_code),
      label: a.label,
      dueDate: dateLabel(a.due_date),
      url: linkTo(a),
    })),
    areaAction: (actionsOf(detail, 'confirm_area')[0] || {}).label || '',
    area: area ? {
      ratio: `${area.error_ratio}%`,
      needsSettlement: Boolean(area.needs_settlement),
      confirmed: area.confirmed_at ? dateTimeLabel(area.confirmed_at) : '',
    } : null,
    collect: (actionsOf(detail, 'collect')[0] || {}).label || '',
    // 缮证 done: the electronic certificate is on 我的证书 (numbered and sealed by then, or soon)
    certificateUrl: CERTIFICATE_STATES.has(detail.status) ? pageUrl('certificates', { application_id: detail.id }) : '',
    canEdit: isEditable(detail.status),
    editUrl: pageUrl('apply', { application_id: detail.id }),
    guideUrl: pageUrl('guide', { type: detail.kind, application_id: detail.id }),
    events: (detail.events || []).slice().reverse().map((e, i) => ({
      key: `${e.at}-${i}`,
      label: e.label,
      at: dateTimeLabel(e.at),
      note: e.note || '',
      items: (e.items || []).map((it) => `${materialName(detail, it.requirement_code) || it.requirement_code}：${it.problem}`),
    })),
  };
}

async function loadProgress(applicationId, { getApplication = applications.getApplication } = {}) {
  try {
    return { view: progressView(await getApplication(applicationId)), errorMessage: '' };
  } catch (error) {
    return { view: null, errorMessage: userMessage(error) };
  }
}

/** 确认面积差异结算: resolves the refreshed view, or the message to show. */
async function confirmArea(applicationId, { confirm = applications.confirmArea } = {}) {
  try {
    return { view: progressView(await confirm(applicationId)), errorMessage: '' };
  } catch (error) {
    return { view: null, errorMessage: userMessage(error) };
  }
}

module.exports = {
  MAIN_PHASES, STEP_STATUS_LABELS, progressView, loadProgress, confirmArea,
};

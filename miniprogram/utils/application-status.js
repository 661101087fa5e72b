/*
 * Application (办证申请) statuses as the API reports them (backend applications/workflow.py),
 * with owner-facing labels, tag themes, and what the owner does next in each. The API sends
 * `status_label` too; these labels are the fallback and the wording for lists that only carry
 * the code.
 */
const APPLICATION_STATUS = Object.freeze({
  draft: 'draft',
  submitted: 'submitted',
  preReview: 'pre_review',
  supplementRequired: 'supplement_required',
  accepted: 'accepted',
  departmentReview: 'department_review',
  registryReview: 'registry_review',
  registered: 'registered',
  certificateIssued: 'certificate_issued',
  delivered: 'delivered',
  returned: 'returned',
  withdrawn: 'withdrawn',
  rejected: 'rejected',
});

const STATUS_LABELS = Object.freeze({
  draft: '草稿',
  submitted: '已提交，排队预审',
  pre_review: '材料预审中',
  supplement_required: '待补正材料',
  accepted: '已受理',
  department_review: '部门并联审批中',
  registry_review: '登记审核中',
  registered: '已登簿',
  certificate_issued: '已缮证，待领取',
  delivered: '已发证',
  returned: '已退件',
  withdrawn: '已撤回',
  rejected: '不予登记',
});

/** TDesign tag themes: warning = the owner has something to do; danger = ended unsuccessfully. */
const STATUS_THEMES = Object.freeze({
  draft: 'warning',
  submitted: 'primary',
  pre_review: 'primary',
  supplement_required: 'warning',
  accepted: 'primary',
  department_review: 'primary',
  registry_review: 'primary',
  registered: 'primary',
  certificate_issued: 'success',
  delivered: 'success',
  returned: 'danger',
  withdrawn: 'default',
  rejected: 'danger',
});

/**
 * The next thing for the owner, from the status alone (the list endpoint carries no
 * next_actions; opening the application shows the detailed list). `page`: where a tap goes.
 */
const OWNER_NEXT_STEP = Object.freeze({
  draft: { hint: '继续上传材料并提交', page: 'apply' },
  submitted: { hint: '排队预审中，请稍候', page: 'progress' },
  pre_review: { hint: '预审中，等待窗口受理', page: 'progress' },
  supplement_required: { hint: '请按一次性告知补正材料', page: 'apply' },
  accepted: { hint: '已受理，等待部门审批', page: 'progress' },
  department_review: { hint: '各部门并联审批中', page: 'progress' },
  registry_review: { hint: '登记机构审核中', page: 'progress' },
  registered: { hint: '已登簿，等待缮证', page: 'progress' },
  certificate_issued: { hint: '证书已制作，请领取', page: 'progress' },
  delivered: { hint: '已办结', page: 'progress' },
  returned: { hint: '查看退件原因', page: 'progress' },
  withdrawn: { hint: '已撤回', page: 'progress' },
  rejected: { hint: '查看不予登记原因', page: 'progress' },
});

/** Statuses in which the owner may still change materials (backend: EDITABLE). */
const EDITABLE_STATUSES = Object.freeze(['draft', 'supplement_required']);

const TIMELINE_STATE_LABELS = Object.freeze({
  done: '已完成', active: '进行中', waiting: '未开始', returned: '已退回', stopped: '已终止',
});

function statusLabel(status) {
  return STATUS_LABELS[status] || '处理中';
}

function statusTheme(status) {
  return STATUS_THEMES[status] || 'default';
}

function nextStep(status) {
  return OWNER_NEXT_STEP[status] || { hint: '查看办理进度', page: 'progress' };
}

function isEditable(status) {
  return EDITABLE_STATUSES.includes(status);
}

module.exports = {
  APPLICATION_STATUS,
  STATUS_LABELS,
  STATUS_THEMES,
  OWNER_NEXT_STEP,
  EDITABLE_STATUSES,
  TIMELINE_STATE_LABELS,
  statusLabel,
  statusTheme,
  nextStep,
  isEditable,
};

/*
 * Application (办证申请) statuses the API will report, with the owner-facing labels and tag
 * themes. The home page's 办证进度 section reads labels from here once applications exist.
 */
const APPLICATION_STATUS = Object.freeze({
  draft: 'draft',
  submitted: 'submitted',
  accepted: 'accepted',
  supplementRequested: 'supplement_requested',
  inReview: 'in_review',
  registered: 'registered',
  certificateIssued: 'certificate_issued',
  delivered: 'delivered',
  returned: 'returned',
  rejected: 'rejected',
});

const STATUS_LABELS = Object.freeze({
  draft: '草稿',
  submitted: '已提交',
  accepted: '已受理',
  supplement_requested: '待补正',
  in_review: '审核中',
  registered: '已登簿',
  certificate_issued: '已缮证',
  delivered: '已发证',
  returned: '已退件',
  rejected: '未通过',
});

/** TDesign tag themes: warning = the owner has something to do; danger = ended unsuccessfully. */
const STATUS_THEMES = Object.freeze({
  draft: 'default',
  submitted: 'primary',
  accepted: 'primary',
  supplement_requested: 'warning',
  in_review: 'primary',
  registered: 'primary',
  certificate_issued: 'success',
  delivered: 'success',
  returned: 'danger',
  rejected: 'danger',
});

function statusLabel(status) {
  return STATUS_LABELS[status] || '处理中';
}

function statusTheme(status) {
  return STATUS_THEMES[status] || 'default';
}

module.exports = {
  APPLICATION_STATUS, STATUS_LABELS, STATUS_THEMES, statusLabel, statusTheme,
};

/*
 * Application wizard rules (一次受理、全程网办): pick house and type, provide every checklist item
 * (photo, album, a PDF from a chat, or a commitment letter where allowed), then submit once. The
 * submission is queued; the owner sees the queue position and then the pre-review result with
 * every problem at once (一次性告知).
 */
const applications = require('../../services/applications');
const houses = require('../../services/houses');
const { uploadQueue, UPLOAD_STATE } = require('../../services/upload-queue');
const { userMessage } = require('../../services/errors');
const { newIdempotencyKey } = require('../../services/idempotency');
const { groupOf, formatsLabel } = require('../../utils/checklist');
const { houseView } = require('../../utils/house-format');
const { statusLabel, isEditable } = require('../../utils/application-status');
const { pageUrl } = require('../../utils/routes');

const STEPS = Object.freeze({ pick: 'pick', materials: 'materials', result: 'result' });
const DEFAULT_TYPE = 'transfer_registration';
/** Client-side size limits mirror the API's (UPLOAD_MAX_IMAGE_BYTES / _PDF_BYTES) to spare a doomed upload. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const MAX_PDF_BYTES = 20 * 1024 * 1024;

const TICKET_STATE_LABELS = Object.freeze({
  queued: '排队中', processing: '正在预审', done: '预审完成', failed: '处理失败',
});

function extensionOf(name) {
  const m = /\.([a-z0-9]+)$/i.exec(String(name || ''));
  return m ? m[1].toLowerCase() : '';
}

function kindOfExtension(ext) {
  if (ext === 'jpg' || ext === 'jpeg') return 'jpeg';
  if (ext === 'png') return 'png';
  if (ext === 'pdf') return 'pdf';
  return '';
}

/** The file the owner picked, as {path, size, name}, from wx.chooseMedia or wx.chooseMessageFile. */
function chosenFile(source, res) {
  const file = res && res.tempFiles && res.tempFiles[0];
  if (!file) return null;
  if (source === 'chat') return { path: file.path, size: file.size, name: file.name || file.path.split('/').pop() };
  const path = file.tempFilePath;
  const ext = extensionOf(path) || 'jpg';
  return { path, size: file.size, name: `照片.${ext}` };
}

/** A quick check before uploading; the API judges the real type from the bytes. */
function checkFile(file, row) {
  const kind = kindOfExtension(extensionOf(file.name || file.path));
  if (!kind || !row.formatCodes.includes(kind)) return `「${row.name}」只接受 ${row.formats} 格式的文件`;
  const limit = kind === 'pdf' ? MAX_PDF_BYTES : MAX_IMAGE_BYTES;
  if (file.size > limit) return `文件超过 ${limit / 1024 / 1024} MB，请压缩后重新上传`;
  return '';
}

/** Flagged items of a supplement request (补正): problems per item, and whether it was provided again. */
function supplementsByCode(detail) {
  const out = {};
  (detail.next_actions || []).filter((a) => a.code === 'supplement' && a.requirement_code).forEach((a) => {
    const seen = out[a.requirement_code] || { problems: [], resolved: true };
    seen.problems = seen.problems.concat(a.label);
    seen.resolved = seen.resolved && Boolean(a.resolved);
    out[a.requirement_code] = seen;
  });
  return out;
}

/**
 * The tag beside an item. A flagged item never shows the green 已提交 of its old file next to
 * the red problem: it says 需重新上传 until the owner provided it again.
 */
function tagOf({ flagged, resolved, done, core, stateLabel }) {
  if (flagged && !resolved) return { tagLabel: '需重新上传', tagTheme: 'warning' };
  if (flagged && resolved) return { tagLabel: '已重新提交', tagTheme: 'success' };
  if (done) return { tagLabel: stateLabel, tagTheme: 'success' };
  return core ? { tagLabel: '必交', tagTheme: 'danger' } : { tagLabel: '可容缺', tagTheme: 'default' };
}

/**
 * One row per checklist item. `uploadsByCode` holds per-item upload state from the app's upload
 * queue (utils/upload-view.itemUploadView) and local messages (a refused pick).
 */
function materialRows(detail, type, { focus = '', uploadsByCode = {} } = {}) {
  const requirements = {};
  ((type && type.requirements) || []).forEach((r) => { requirements[r.code] = r; });
  const flagged = supplementsByCode(detail);
  return (detail.materials || []).map((m) => {
    const req = requirements[m.code] || { formats: ['jpeg', 'png', 'pdf'], description: '' };
    const formats = req.formats || [];
    const upload = uploadsByCode[m.code] || {};
    const supplement = flagged[m.code];
    const done = m.state === 'provided' || m.state === 'commitment';
    const resolved = Boolean(supplement && supplement.resolved);
    return {
      code: m.code,
      name: m.name,
      description: req.description || '',
      core: m.core,
      group: groupOf({ core: m.core, commitment_allowed: m.commitment_allowed }),
      commitmentAllowed: m.commitment_allowed,
      formatCodes: formats,
      formats: formatsLabel(formats),
      acceptsPdf: formats.includes('pdf'),
      acceptsImage: formats.includes('jpeg') || formats.includes('png'),
      state: m.state,
      stateLabel: m.state_label,
      done,
      flagged: Boolean(supplement) && !resolved,
      resolved,
      ...tagOf({
        flagged: Boolean(supplement), resolved, done, core: m.core, stateLabel: m.state_label,
      }),
      problems: supplement && !resolved ? supplement.problems : [],
      focused: focus === m.code,
      uploading: Boolean(upload.uploading),
      progress: upload.progress || 0,
      fileName: upload.fileName || '',
      errorMessage: upload.errorMessage || '',
      resumable: Boolean(upload.resumable),
    };
  });
}

function typeOf(types, code) {
  return (types || []).find((t) => t.code === code) || null;
}

/** Everything the materials step shows, from the application detail. */
function wizardView(detail, types, options) {
  const type = typeOf(types, detail.kind);
  const rows = materialRows(detail, type, options);
  const missingCore = rows.filter((r) => r.core && !r.done).map((r) => r.name);
  const toRedo = rows.filter((r) => r.flagged).map((r) => r.name);
  const editable = isEditable(detail.status);
  return {
    applicationId: detail.id,
    number: detail.number,
    typeName: type ? type.name : detail.kind_label,
    status: detail.status,
    statusLabel: detail.status_label || statusLabel(detail.status),
    editable,
    rows,
    missingCore,
    missingLabel: missingCore.join('、'),
    // 补正: every flagged item must be provided again before the case goes back to the window
    toRedo,
    toRedoLabel: toRedo.join('、'),
    canSubmit: editable && !missingCore.length && !toRedo.length && !rows.some((r) => r.uploading),
    progressUrl: pageUrl('progress', { application_id: detail.id }),
    guideUrl: pageUrl('guide', { type: detail.kind, application_id: detail.id }),
  };
}

async function loadChoices({ listMyHouses = houses.listMyHouses, listApplicationTypes = applications.listApplicationTypes } = {}) {
  try {
    const [myHouses, types] = await Promise.all([listMyHouses(), listApplicationTypes()]);
    return {
      houses: myHouses.map(houseView),
      types: types.map((t) => ({ code: t.code, name: t.name, description: t.description })),
      rawTypes: types,
      errorMessage: '',
    };
  } catch (error) {
    return {
      houses: [], types: [], rawTypes: [], errorMessage: userMessage(error),
    };
  }
}

/**
 * The optional contract price (元) the deed tax is computed from: blank is fine (the registry
 * then takes it from the filed contract); anything else must be a positive amount in yuan.
 */
function parseContractPrice(text) {
  const value = String(text || '').replace(/[,，\s]/g, '');
  if (!value) return { price: undefined, errorMessage: '' };
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(value) || Number(value) <= 0) {
    return { price: undefined, errorMessage: '合同总价请填写金额（元），最多两位小数' };
  }
  return { price: value, errorMessage: '' };
}

/** Creates the draft, or opens the open one for this house (the API answers 409 with its id). */
async function startApplication({
  houseId, type, contractPrice = '', homeCount,
}, { createOrOpen = applications.createOrOpenApplication } = {}) {
  if (!houseId) return { detail: null, notice: '', errorMessage: '请选择要办证的房屋' };
  const price = parseContractPrice(contractPrice);
  if (price.errorMessage) return { detail: null, notice: '', errorMessage: price.errorMessage };
  try {
    const { application, existed } = await createOrOpen({
      houseId, type: type || DEFAULT_TYPE, contractPrice: price.price, homeCount,
    });
    return { detail: application, notice: existed ? '该房屋已有办理中的申请，已为您打开' : '', errorMessage: '' };
  } catch (error) {
    return { detail: null, notice: '', errorMessage: userMessage(error) };
  }
}

async function loadApplication(applicationId, {
  getApplication = applications.getApplication, listApplicationTypes = applications.listApplicationTypes,
} = {}) {
  try {
    const [detail, types] = await Promise.all([getApplication(applicationId), listApplicationTypes()]);
    return { detail, types, errorMessage: '' };
  } catch (error) {
    return { detail: null, types: [], errorMessage: userMessage(error) };
  }
}

/**
 * Hands one picked file for one item to the app's upload queue (which keeps a copy on the phone
 * and resumes after drops and restarts). A file of the wrong type or size is refused here,
 * before anything is sent. Resolves {ok, refused, entry}: `entry` as the queue left it (done,
 * paused or failed); pages follow progress through the queue's subscription.
 */
async function uploadItem({ applicationId, row, file }, { queue = uploadQueue } = {}) {
  const refused = checkFile(file, row);
  if (refused) return { ok: false, refused: true, errorMessage: refused };
  const entry = await queue.enqueue({ applicationId, requirementCode: row.code, file });
  return {
    ok: Boolean(entry && entry.state === UPLOAD_STATE.done),
    refused: false,
    entry,
    errorMessage: entry && entry.state !== UPLOAD_STATE.done ? entry.message : '',
  };
}

async function commitInstead(applicationId, code, { commit = applications.commitInstead } = {}) {
  try {
    return { detail: await commit(applicationId, code), errorMessage: '' };
  } catch (error) {
    return { detail: null, errorMessage: userMessage(error) };
  }
}

function ticketView(ticket) {
  if (!ticket) return null;
  const ahead = typeof ticket.position === 'number' && ticket.position > 0 ? ticket.position : 0;
  return {
    state: ticket.state,
    stateLabel: TICKET_STATE_LABELS[ticket.state] || '处理中',
    position: ahead ? `前面还有 ${ahead} 件申请` : '',
    wait: ticket.estimated_wait_seconds ? `预计等待约 ${Math.max(1, Math.round(ticket.estimated_wait_seconds))} 秒` : '',
  };
}

/** The pre-review outcome from the application after its ticket is done. */
function preReviewResult(detail) {
  const names = {};
  (detail.materials || []).forEach((m) => { names[m.code] = m.name; });
  const problems = (detail.next_actions || []).filter((a) => a.code === 'supplement').map((a) => ({
    requirementCode: a.requirement_code,
    name: names[a.requirement_code] || '',
    problem: a.label,
    url: pageUrl('apply', { application_id: detail.id, requirement: a.requirement_code }),
  }));
  return {
    passed: detail.status !== 'supplement_required',
    status: detail.status,
    statusLabel: detail.status_label || statusLabel(detail.status),
    problems,
  };
}

const SUPPLEMENT_PENDING = 'SUPPLEMENT_ITEMS_PENDING';

/**
 * Submits and follows the ticket. `idempotencyKey` is made by the caller once per 提交 and kept
 * until an answer arrives, so a retry after a lost answer is the same submission.
 * Resolves {outcome: 'done'|'waiting'|'failed'|'error', result?, ticket?, errorMessage}.
 */
async function submitAndFollow({ applicationId, idempotencyKey, onTicket = () => {} }, {
  submit = applications.submit,
  waitForTicket = applications.waitForTicket,
  getApplication = applications.getApplication,
  waitOptions = {},
} = {}) {
  let ticket;
  try {
    ticket = await submit(applicationId, idempotencyKey);
  } catch (error) {
    // 补正 items the server still waits for (e.g. this phone's view was stale): named in the
    // message; the page reloads the case so those rows show 需重新上传 again.
    const pending = error.code === SUPPLEMENT_PENDING
      ? ((error.details && error.details.items) || []).map((i) => i.requirement_code)
      : [];
    return {
      outcome: 'error',
      errorMessage: userMessage(error),
      retryable: Boolean(error.retryWithSameKey),
      pendingCodes: pending,
    };
  }
  try {
    const last = await waitForTicket(ticket, { ...waitOptions, onUpdate: (t) => onTicket(ticketView(t)) });
    if (last.state === 'failed') return { outcome: 'failed', ticket: ticketView(last), errorMessage: '预审处理失败，请稍后重新提交' };
    if (last.state !== 'done') return { outcome: 'waiting', ticket: ticketView(last), errorMessage: '' };
    return { outcome: 'done', result: preReviewResult(await getApplication(applicationId)), errorMessage: '' };
  } catch (error) {
    return { outcome: 'waiting', ticket: ticketView(ticket), errorMessage: userMessage(error) };
  }
}

module.exports = {
  STEPS,
  SUPPLEMENT_PENDING,
  DEFAULT_TYPE,
  TICKET_STATE_LABELS,
  chosenFile,
  checkFile,
  parseContractPrice,
  materialRows,
  tagOf,
  wizardView,
  loadChoices,
  startApplication,
  loadApplication,
  uploadItem,
  commitInstead,
  ticketView,
  preReviewResult,
  submitAndFollow,
  newIdempotencyKey,
};

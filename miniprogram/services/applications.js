/* 办证申请: types and checklists, my applications, submission tickets, owner actions. */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');

/** How often a queued submission's ticket is asked about, unless the API estimates longer. */
const TICKET_POLL_MS = 1500;
/** The longest the wizard waits in one go; the ticket stays valid and 进度 shows the outcome. */
const TICKET_WAIT_LIMIT_MS = 3 * 60 * 1000;

async function listApplicationTypes() {
  const body = await request(ENDPOINTS.applicationTypes);
  return (body && body.items) || [];
}

function listMyApplications({ page = 1, size = 20 } = {}) {
  return request(ENDPOINTS.applications, { query: { page, size } });
}

function getApplication(applicationId) {
  return request(ENDPOINTS.application, { params: { application_id: applicationId } });
}

function getFees(applicationId) {
  return request(ENDPOINTS.applicationFees, { params: { application_id: applicationId } });
}

/**
 * Creates a draft, or — when this house already has an open application of that type (409
 * APPLICATION_EXISTS) — opens that one instead, so a second tap never makes a second case.
 * Resolves { application, existed }.
 */
async function createOrOpenApplication({
  houseId, type, contractPrice, homeCount,
}) {
  try {
    const application = await request(ENDPOINTS.createApplication, {
      data: {
        house_id: houseId, type, contract_price: contractPrice, home_count: homeCount,
      },
    });
    return { application, existed: false };
  } catch (error) {
    const existingId = error && error.code === 'APPLICATION_EXISTS' && error.details && error.details.application_id;
    if (!existingId) throw error;
    return { application: await getApplication(existingId), existed: true };
  }
}

/** 告知承诺制: a signed commitment letter stands in for one listed material. */
function commitInstead(applicationId, requirementCode) {
  return request(ENDPOINTS.commitment, {
    params: { application_id: applicationId }, data: { requirement_code: requirementCode },
  });
}

function confirmArea(applicationId) {
  return request(ENDPOINTS.areaConfirmation, { params: { application_id: applicationId }, data: {} });
}

function withdraw(applicationId) {
  return request(ENDPOINTS.withdraw, { params: { application_id: applicationId }, data: {} });
}

/**
 * Queues the submission (202 + ticket). The caller makes `idempotencyKey` once per tap of 提交
 * and passes the same key to every retry, so a lost answer never submits twice.
 */
function submit(applicationId, idempotencyKey) {
  return request(ENDPOINTS.submitApplication, {
    params: { application_id: applicationId }, data: {}, idempotencyKey,
  });
}

function getTicket(ticket) {
  return request(ENDPOINTS.ticket, { params: { ticket } });
}

function isFinal(ticket) {
  return ticket && (ticket.state === 'done' || ticket.state === 'failed');
}

function defaultSleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls a ticket until it is done or failed, reporting every answer to `onUpdate`. Resolves the
 * last ticket seen; when the wait limit passes first, that ticket is still queued/processing.
 */
async function waitForTicket(first, {
  onUpdate = () => {}, pollMs = TICKET_POLL_MS, limitMs = TICKET_WAIT_LIMIT_MS, sleep = defaultSleep, now = Date.now,
} = {}) {
  let ticket = first;
  const deadline = now() + limitMs;
  onUpdate(ticket);
  while (!isFinal(ticket) && now() < deadline) {
    const hinted = ticket.estimated_wait_seconds ? Math.min(ticket.estimated_wait_seconds * 1000, 10000) : 0;
    // eslint-disable-next-line no-await-in-loop
    await sleep(Math.max(pollMs, hinted));
    // eslint-disable-next-line no-await-in-loop
    ticket = await getTicket(ticket.ticket);
    onUpdate(ticket);
  }
  return ticket;
}

module.exports = {
  TICKET_POLL_MS,
  listApplicationTypes,
  listMyApplications,
  getApplication,
  getFees,
  createOrOpenApplication,
  commitInstead,
  confirmArea,
  withdraw,
  submit,
  getTicket,
  waitForTicket,
  isFinal,
};

/* Home page rules: which state the "我的房屋" and "办证进度" lists are in after a load. */
const houses = require('../../services/houses');
const applications = require('../../services/applications');
const signatures = require('../../services/signatures');
const { userMessage } = require('../../services/errors');
const { houseView } = require('../../utils/house-format');
const { statusLabel, statusTheme, nextStep } = require('../../utils/application-status');
const { dateTimeLabel } = require('../../utils/date-format');
const { pageUrl } = require('../../utils/routes');

const LIST_STATUS = Object.freeze({
  loading: 'loading', ready: 'ready', empty: 'empty', error: 'error',
});

const KIND_LABELS = Object.freeze({
  transfer_registration: '转移登记', first_registration: '首次登记', combined: '首次登记与转移登记合并办理',
});

/**
 * Loads a list and returns the next view state. When a refresh fails while a list is already
 * on screen, the list stays and `toast` carries the message instead of an error page.
 */
async function loadList(fetchItems, toView, previous) {
  try {
    const items = await fetchItems();
    return {
      status: items.length ? LIST_STATUS.ready : LIST_STATUS.empty,
      items: items.map(toView),
      errorMessage: '',
      toast: '',
    };
  } catch (error) {
    const message = userMessage(error);
    if (previous.length) {
      return {
        status: LIST_STATUS.ready, items: previous, errorMessage: '', toast: message,
      };
    }
    return {
      status: LIST_STATUS.error, items: [], errorMessage: message, toast: '',
    };
  }
}

async function loadHouses({ previous = [], listMyHouses = houses.listMyHouses } = {}) {
  const next = await loadList(listMyHouses, houseView, previous);
  return {
    status: next.status, houses: next.items, errorMessage: next.errorMessage, toast: next.toast,
  };
}

/** One application as the home card shows it: current step (status) and next action. */
function applicationView(item) {
  const step = nextStep(item.status);
  return {
    id: item.id,
    number: item.number,
    title: `${item.community_name || ''} ${item.house_label || ''}`.trim(),
    kindLabel: KIND_LABELS[item.kind] || '',
    statusLabel: item.status_label || statusLabel(item.status),
    statusTheme: statusTheme(item.status),
    nextHint: step.hint,
    url: pageUrl(step.page, { application_id: item.id }),
    due: item.due_at ? dateTimeLabel(item.due_at) : '',
  };
}

async function loadApplications({ previous = [], listMyApplications = applications.listMyApplications } = {}) {
  const fetchItems = async () => ((await listMyApplications({ page: 1, size: 20 })) || {}).items || [];
  const next = await loadList(fetchItems, applicationView, previous);
  return {
    status: next.status, applications: next.items, errorMessage: next.errorMessage, toast: next.toast,
  };
}

/** A document waiting for my signature (待签署), linking to its page. */
function pendingSignatureView(item) {
  return {
    id: item.id,
    title: item.title,
    hint: item.my_turn ? '轮到您签署' : item.status_label,
    url: pageUrl('signDocument', { request_id: item.id }),
  };
}

/** The “待签署” list; an error hides it (the rest of the home page still works). */
async function loadPendingSignatures({ listPending = signatures.pending } = {}) {
  try {
    return { items: (await listPending()).map(pendingSignatureView) };
  } catch (error) {
    return { items: [] };
  }
}

module.exports = {
  LIST_STATUS, loadHouses, loadApplications, applicationView, loadPendingSignatures, pendingSignatureView,
};

/* 消息 page rules: the inbox as the owner reads it, newest first, unread marked. */
const notifications = require('../../services/notifications');
const { userMessage } = require('../../services/errors');
const { dateTimeLabel } = require('../../utils/date-format');

const PAGE_SIZE = 20;

function messageView(m) {
  return {
    id: m.id,
    title: m.title,
    body: m.body,
    kindLabel: m.kind_label,
    time: dateTimeLabel(m.created_at),
    unread: !m.read_at,
    urgent: Boolean(m.urgent),
    // API links are page paths without the leading slash (as WeChat's `page` field wants).
    url: m.link ? `/${m.link.replace(/^\//, '')}` : '',
  };
}

async function loadPage(page = 1, { listMessages = notifications.listMessages } = {}) {
  try {
    const body = await listMessages({ page, size: PAGE_SIZE });
    return {
      items: (body.items || []).map(messageView),
      unread: body.unread || 0,
      hasMore: page * PAGE_SIZE < (body.total || 0),
      errorMessage: '',
    };
  } catch (error) {
    return {
      items: [], unread: 0, hasMore: false, errorMessage: userMessage(error),
    };
  }
}

module.exports = {
  PAGE_SIZE, messageView, loadPage,
};

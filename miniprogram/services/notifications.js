/* 消息: the inbox, its unread count, and WeChat subscription consents (一次性订阅). */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');

function listMessages({ page = 1, size = 20, unread = false } = {}) {
  return request(ENDPOINTS.messages, { query: { page, size, unread: unread ? 'true' : 'false' } });
}

async function unreadCount() {
  const body = await request(ENDPOINTS.unreadCount);
  return (body && body.unread) || 0;
}

function markRead(messageId) {
  return request(ENDPOINTS.readMessage, { params: { message_id: messageId } });
}

function markAllRead() {
  return request(ENDPOINTS.readAllMessages);
}

function subscriptionState() {
  return request(ENDPOINTS.subscriptions);
}

/** What wx.requestSubscribeMessage answered, {tmplId: 'accept'|'reject'|'ban'|'filter'}. */
function reportSubscriptions(results) {
  return request(ENDPOINTS.reportSubscriptions, { data: { results } });
}

module.exports = {
  listMessages, unreadCount, markRead, markAllRead, subscriptionState, reportSubscriptions,
};

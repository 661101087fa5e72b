const { render, flush } = require('../helpers/simulate');
const { signIn, apiError } = require('../helpers/fixtures');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

function message(n, overrides = {}) {
  return {
    id: `m-${n}`,
    kind: 'supplement_required',
    kind_label: '需要补正材料',
    title: `请补正材料（共 ${n} 项）`,
    body: '1. 发票金额看不清\n2. 结婚证缺少内页',
    urgent: false,
    application_id: 'a-01',
    link: 'pages/progress/index?application_id=a-01',
    created_at: '2026-12-01T10:05:00+08:00',
    read_at: null,
    deliveries: [],
    ...overrides,
  };
}

async function openMessages() {
  const page = render('pages/messages/index');
  await page.instance.onLoad({});
  await flush();
  return page;
}

beforeEach(() => {
  signIn();
});

describe('messages page', () => {
  test('lists my messages newest first, unread marked, with the unread count', async () => {
    wx.__server.reply('GET', '/api/v1/me/messages', 200, {
      items: [message(2), message(1, { read_at: '2026-12-01T11:00:00+08:00' })], page: 1, size: 20, total: 2, unread: 1,
    });
    const page = await openMessages();
    expect(text(page, '#unread')).toBe('未读 1 条');
    expect(text(page, '#message-m-2')).toContain('请补正材料（共 2 项）');
    expect(text(page, '#message-m-2')).toContain('2. 结婚证缺少内页');
    expect(text(page, '#message-m-2')).toContain('12月1日 10:05');
    expect(page.querySelector('#message-m-2').dom.className).toContain('message--unread');
    expect(page.querySelector('#message-m-1').dom.className).not.toContain('message--unread');
  });

  test('opening an unread message marks it read and goes to its page', async () => {
    wx.__server.reply('GET', '/api/v1/me/messages', 200, {
      items: [message(2)], page: 1, size: 20, total: 1, unread: 1,
    });
    wx.__server.reply('POST', '/api/v1/me/messages/m-2/read', 200, message(2, { read_at: '2026-12-01T12:00:00+08:00' }));
    const page = await openMessages();
    page.querySelector('#message-m-2').dispatchEvent('tap');
    await flush();
    expect(wx.__server.calls.some((c) => c.method === 'POST' && c.path === '/api/v1/me/messages/m-2/read')).toBe(true);
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/progress/index?application_id=a-01' });
    expect(text(page, '#unread')).toBe('全部已读');
  });

  test('全部标为已读 clears the badge; the empty and error states speak Chinese', async () => {
    wx.__server.reply('GET', '/api/v1/me/messages', 200, {
      items: [message(3)], page: 1, size: 20, total: 1, unread: 1,
    });
    wx.__server.reply('POST', '/api/v1/me/messages/read-all', 200, { updated: 1, unread: 0 });
    const page = await openMessages();
    page.querySelector('#read-all >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(text(page, '#unread')).toBe('全部已读');

    wx.__server.replyOnce('GET', '/api/v1/me/messages', 200, { items: [], page: 1, size: 20, total: 0, unread: 0 });
    const empty = await openMessages();
    expect(empty.instance.data.items).toEqual([]);
    expect(text(empty, '.page')).toContain('暂时没有消息');

    wx.__server.replyOnce('GET', '/api/v1/me/messages', 503, apiError('SERVICE_BUSY', '系统繁忙，请稍后重试'));
    const failed = await openMessages();
    expect(text(failed, '#messages-error')).toContain('系统繁忙');
  });
});

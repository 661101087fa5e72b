/* 订阅消息 at the three moments: asked from a tap only, the answer reported, a refusal kept. */
const { render, flush } = require('./helpers/simulate');
const { signIn, applicationDetail } = require('./helpers/fixtures');
const subscribe = require('../utils/subscribe');

const STATE = {
  enabled: true,
  templates: [
    { key: 'progress', label: '办理进度通知', template_id: 'TMPL-P', remaining: 0 },
    { key: 'supplement', label: '材料补正提醒', template_id: 'TMPL-S', remaining: 0 },
    { key: 'certificate', label: '领证提醒', template_id: 'TMPL-C', remaining: 0 },
  ],
};

beforeEach(() => {
  signIn();
  subscribe.reset();
  wx.requestSubscribeMessage = jest.fn((options) => setTimeout(() => options.success({
    errMsg: 'requestSubscribeMessage:ok', 'TMPL-P': 'accept', 'TMPL-S': 'reject',
  }), 0));
  wx.__server.reply('GET', '/api/v1/me/subscriptions', 200, STATE);
  wx.__server.reply('POST', '/api/v1/me/subscriptions', 200, STATE);
});

test('prepare fetches the template ids and shows no popup', async () => {
  expect(await subscribe.prepare()).toEqual({ progress: 'TMPL-P', supplement: 'TMPL-S', certificate: 'TMPL-C' });
  expect(wx.requestSubscribeMessage).not.toHaveBeenCalled();
});

test('at submit: the popup asks for progress and supplement; the answers are reported', async () => {
  await subscribe.prepare();
  const results = await subscribe.ask('submit');
  expect(wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['TMPL-P', 'TMPL-S']);
  expect(results).toEqual({ 'TMPL-P': 'accept', 'TMPL-S': 'reject' });
  const reported = wx.__server.calls.find((c) => c.method === 'POST' && c.path === '/api/v1/me/subscriptions');
  expect(reported.data).toEqual({ results: { 'TMPL-P': 'accept', 'TMPL-S': 'reject' } });
  expect(await subscribe.ask('submit')).toBeNull(); // not asked twice at the same moment
  expect(wx.requestSubscribeMessage).toHaveBeenCalledTimes(1);
});

test('subscriptions switched off in WeChat (20004): we stop asking', async () => {
  await subscribe.prepare();
  wx.requestSubscribeMessage = jest.fn((options) => setTimeout(() => options.fail({ errCode: 20004, errMsg: 'fail' }), 0));
  expect(await subscribe.ask('certificate')).toBeNull();
  expect(await subscribe.ask('supplement')).toBeNull();
  expect(wx.requestSubscribeMessage).toHaveBeenCalledTimes(1);
});

test('no template configured on the server: nothing is asked', async () => {
  wx.__server.replyOnce('GET', '/api/v1/me/subscriptions', 200, { enabled: false, templates: [] });
  await subscribe.prepare();
  expect(await subscribe.ask('submit')).toBeNull();
  expect(wx.requestSubscribeMessage).not.toHaveBeenCalled();
});

test('home never asks on load; it shows the unread badge', async () => {
  wx.requestSubscribeMessage = jest.fn();
  wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [] });
  wx.__server.reply('GET', '/api/v1/applications', 200, { items: [], page: 1, size: 20, total: 0 });
  wx.__server.reply('GET', '/api/v1/me/messages/unread-count', 200, { unread: 3 });
  const home = render('pages/home/index');
  await home.instance.onLoad({});
  await flush();
  expect(home.instance.data.unread).toBe(3);
  expect(home.querySelector('#unread-badge')).toBeDefined();
  expect(wx.requestSubscribeMessage).not.toHaveBeenCalled();
});


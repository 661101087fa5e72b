/* 领证提醒 on the progress page: the popup only from the owner's tap. (Own file: a page rendered
 * after another in one module registry keeps TDesign tags unexpanded.) */
const { render, flush } = require('../helpers/simulate');
const { signIn, applicationDetail } = require('../helpers/fixtures');
const subscribe = require('../../utils/subscribe');

const STATE = {
  enabled: true,
  templates: [{ key: 'certificate', label: '领证提醒', template_id: 'TMPL-C', remaining: 0 }],
};

beforeEach(() => {
  signIn();
  subscribe.reset();
  wx.requestSubscribeMessage = jest.fn((options) => setTimeout(() => options.success({
    errMsg: 'requestSubscribeMessage:ok', 'TMPL-C': 'accept',
  }), 0));
  wx.__server.reply('GET', '/api/v1/me/subscriptions', 200, STATE);
  wx.__server.reply('POST', '/api/v1/me/subscriptions', 200, STATE);
});

test('progress asks for the certificate reminder only when the owner taps it', async () => {
  await subscribe.prepare();
  wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({ status: 'registered' }));
  wx.__server.reply('GET', '/api/v1/applications/a-01/notices', 200, { items: [] });
  const progress = render('pages/progress/index');
  await progress.instance.onLoad({ application_id: 'a-01' });
  await flush();
  expect(wx.requestSubscribeMessage).not.toHaveBeenCalled();
  progress.querySelector('#remind-certificate >>> .t-button').dispatchEvent('tap');
  await flush();
  expect(wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['TMPL-C']);
});

test('no reminder is offered before registration', async () => {
  wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({ status: 'department_review' }));
  wx.__server.reply('GET', '/api/v1/applications/a-01/notices', 200, {
    items: [{
      kind: 'risk_notice', key: 'deferred-materials-due', title: '容缺材料请按期补交', summary: '补交前不会登簿', html: '<p>补交前<strong>不会登簿</strong></p>',
    }],
  });
  const progress = render('pages/progress/index');
  await progress.instance.onLoad({ application_id: 'a-01' });
  await flush();
  expect(progress.instance.data.remindable).toBe(false);
  expect(progress.querySelector('#notices').dom.textContent).toContain('容缺材料请按期补交');
});

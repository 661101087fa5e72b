jest.setTimeout(60000); // the first render loads TDesign: slow on a busy machine
const { render, flush } = require('../helpers/simulate');
const { house, signIn } = require('../helpers/fixtures');
const { signingRequest } = require('../helpers/identity');

async function openHome() {
  const page = render('pages/home/index');
  page.instance.onLoad();
  await flush();
  return page;
}

beforeEach(() => {
  signIn();
  wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
  wx.__server.reply('GET', '/api/v1/applications', 200, {
    items: [], page: 1, size: 20, total: 0,
  });
});

describe('home page: 待签署', () => {
  test('documents waiting for my signature come first and open their page', async () => {
    wx.__server.reply('GET', '/api/v1/signatures/requests', 200, {
      items: [signingRequest(), signingRequest({ id: 'req-02', title: '面积差异确认书', kind: 'area_confirmation' })], total: 2, page: 1, size: 50,
    });
    const page = await openHome();
    const [call] = wx.__server.callsTo('GET', '/api/v1/signatures/requests');
    expect(call.query).toContain('pending=1');
    const rows = page.querySelectorAll('.to-sign');
    expect(rows).toHaveLength(2);
    expect(rows[0].dom.textContent).toContain('告知承诺书');
    expect(rows[0].dom.textContent).toContain('轮到您签署');
    rows[1].dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/identity/document/index?request_id=req-02' });
  });

  test('nothing to sign: no section; an error does not break the page', async () => {
    wx.__server.reply('GET', '/api/v1/signatures/requests', 500, { error: { code: 'INTERNAL_ERROR', message: '服务器开小差了', details: {} } });
    const page = await openHome();
    expect(page.querySelector('#to-sign')).toBeFalsy();
    expect(page.querySelectorAll('#houses >>> .house-card')).toHaveLength(1);
  });

  test('the video identity check is one tap from home', async () => {
    wx.__server.reply('GET', '/api/v1/signatures/requests', 200, { items: [], total: 0 });
    const page = await openHome();
    page.querySelector('#open-identity >>> .t-cell').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/identity/index' });
  });
});

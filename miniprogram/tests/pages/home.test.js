const { render, flush } = require('../helpers/simulate');
const {
  house, apiError, signIn, applicationListItem,
} = require('../helpers/fixtures');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

async function openHome() {
  const page = render('pages/home/index');
  page.instance.onLoad();
  await flush();
  return page;
}

describe('home page', () => {
  test('sends a visitor without a session to the login page and calls no API', async () => {
    await openHome();
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(wx.__server.calls).toHaveLength(0);
  });

  test('lists my houses from GET /api/v1/me/houses with the bearer token', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/houses', 200, {
      items: [house(), house({ id: 'h-02', community_name: '阳光花园', measured_area: null })],
    });
    const page = await openHome();

    const [call] = wx.__server.callsTo('GET', '/api/v1/me/houses');
    expect(call.header.Authorization).toBe('Bearer access-1');
    const cards = page.querySelectorAll('#houses >>> .house-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].dom.textContent).toContain('幸福里小区');
    expect(cards[0].dom.textContent).toContain('3栋2单元301室');
    expect(cards[0].dom.textContent).toContain('合同面积 89.50 ㎡');
    expect(cards[1].dom.textContent).toContain('实测面积 待实测');
    expect(page.querySelector('#houses-empty')).toBeUndefined();
  });

  test('shows the empty state when I own no house', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [] });
    const page = await openHome();
    expect(text(page, '#houses-empty >>> .t-empty__description')).toContain('暂未查询到您名下的房屋');
    expect(page.querySelector('#houses')).toBeUndefined();
  });

  test('an owner without a house is led to 绑定房屋', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [] });
    const page = await openHome();
    page.querySelector('#bind-house >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/bind/index' });
  });

  test('says there are no applications yet', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    wx.__server.reply('GET', '/api/v1/applications', 200, {
      items: [], page: 1, size: 20, total: 0,
    });
    const page = await openHome();
    expect(text(page, '#applications-empty')).toContain('您还没有办证申请');
  });

  test('shows the API message on failure and loads again on 重新加载', async () => {
    signIn();
    wx.__server.replyOnce('GET', '/api/v1/me/houses', 503, apiError('SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'));
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    const page = await openHome();
    expect(text(page, '#houses-error')).toContain('服务暂时不可用，请稍后再试');

    page.querySelector('#retry >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(page.querySelectorAll('#houses >>> .house-card')).toHaveLength(1);
    expect(page.querySelector('#houses-error')).toBeUndefined();
  });

  test('pull-down refresh reloads the list and stops the refresh animation', async () => {
    signIn();
    wx.__server.replyOnce('GET', '/api/v1/me/houses', 200, { items: [] });
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    const page = await openHome();
    expect(page.querySelector('#houses-empty')).toBeDefined();

    await page.instance.onPullDownRefresh();
    expect(wx.__server.callsTo('GET', '/api/v1/me/houses')).toHaveLength(2);
    expect(page.querySelectorAll('#houses >>> .house-card')).toHaveLength(1);
    expect(wx.stopPullDownRefresh).toHaveBeenCalled();
  });

  test('a failed refresh keeps the list on screen and shows a toast', async () => {
    signIn();
    wx.__server.replyOnce('GET', '/api/v1/me/houses', 200, { items: [house()] });
    wx.__server.fail('GET', '/api/v1/me/houses');
    const page = await openHome();
    await page.instance.onPullDownRefresh();
    expect(page.querySelectorAll('#houses >>> .house-card')).toHaveLength(1);
    expect(wx.showToast).toHaveBeenCalledWith({ title: '网络不给力，请稍后重试', icon: 'none' });
  });

  test('the settings entry opens the settings page', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [] });
    const page = await openHome();
    page.querySelector('#open-settings >>> .t-cell').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/settings/index' });
  });

  test('in 适老化 mode the page is restyled and house cards keep their areas', async () => {
    signIn();
    getApp().globalData.elderMode = true;
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    const page = await openHome();
    expect(page.querySelector('.page').dom.className).toContain('elder-mode');
    const card = page.querySelector('#houses >>> .house-card');
    expect(card.dom.textContent).toContain('3栋2单元301室');
    expect(card.dom.textContent).toContain('合同面积 89.50 ㎡');
    expect(card.dom.textContent).toContain('实测面积 90.70 ㎡');
  });

  test('lists my applications with the current step and the next action', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    wx.__server.reply('GET', '/api/v1/applications', 200, {
      items: [
        applicationListItem({ id: 'a-01', status: 'supplement_required', status_label: '待补正材料' }),
        applicationListItem({ id: 'a-02', status: 'department_review', status_label: '部门并联审批中' }),
      ],
      page: 1,
      size: 20,
      total: 2,
    });
    const page = await openHome();
    expect(wx.__server.callsTo('GET', '/api/v1/applications')[0].query).toBe('?page=1&size=20');
    const cards = page.querySelectorAll('#applications >>> .application-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].dom.textContent).toContain('待补正材料');
    expect(cards[0].dom.textContent).toContain('下一步：请按一次性告知补正材料');
    expect(cards[1].dom.textContent).toContain('部门并联审批中');
    expect(page.querySelector('#applications-empty')).toBeUndefined();

    cards[0].dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/apply/index?application_id=a-01' });
    cards[1].dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/progress/index?application_id=a-02' });
  });

  test('an applications load failure shows its message without hiding my houses', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    wx.__server.replyOnce('GET', '/api/v1/applications', 503, apiError('SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'));
    wx.__server.reply('GET', '/api/v1/applications', 200, { items: [applicationListItem()] });
    const page = await openHome();
    expect(text(page, '#applications-error')).toContain('服务暂时不可用，请稍后再试');
    expect(page.querySelectorAll('#houses >>> .house-card')).toHaveLength(1);
    page.querySelector('#retry-applications >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(page.querySelectorAll('#applications >>> .application-card')).toHaveLength(1);
  });

  test('申请办证 opens the wizard and 办事指南 opens the guide', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [] });
    wx.__server.reply('GET', '/api/v1/applications', 200, { items: [] });
    const page = await openHome();
    page.querySelector('#apply >>> .t-button').dispatchEvent('tap');
    page.querySelector('#open-guide >>> .t-cell').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/apply/index' });
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/guide/index?type=transfer_registration' });
  });
});

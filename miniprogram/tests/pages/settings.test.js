const { render, flush } = require('../helpers/simulate');
const { apiError, signIn } = require('../helpers/fixtures');

const PROFILE = {
  id: 'u-1',
  role: 'owner',
  role_label: '业主',
  display_name: '张伟',
  organisation: null,
  real_name: '张*',
  id_number: '1101**********8515',
  phone: '138****8000',
};

async function openSettings() {
  const page = render('pages/settings/index');
  await page.instance.onLoad();
  await flush();
  return page;
}

describe('settings page', () => {
  beforeEach(() => signIn());

  test('shows my masked profile from GET /api/v1/me', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    const page = await openSettings();
    const text = page.querySelector('#profile').dom.textContent;
    expect(text).toContain('张*');
    expect(text).toContain('业主');
    expect(text).toContain('138****8000');
    expect(text).not.toContain('13800138000');
  });

  test('binds a phone from WeChat and shows the new masked number', async () => {
    wx.__server.replyOnce('GET', '/api/v1/me', 200, { ...PROFILE, phone: null });
    const page = await openSettings();
    expect(page.querySelector('#profile').dom.textContent).toContain('未绑定');
    wx.__server.reply('POST', '/api/v1/me/phone', 200, { ...PROFILE, phone: '139****5678' });
    wx.__server.reply('GET', '/api/v1/me', 200, { ...PROFILE, phone: '139****5678' });
    page.querySelector('#bind-phone-button').dispatchEvent('getphonenumber', { detail: { code: 'c-2' } });
    await flush();
    await flush();
    expect(wx.__server.callsTo('POST', '/api/v1/me/phone')[0].data).toEqual({ code: 'c-2' });
    expect(page.querySelector('#profile').dom.textContent).toContain('139****5678');
  });

  test('shows the API message when the profile cannot load', async () => {
    wx.__server.reply('GET', '/api/v1/me', 503, apiError('SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'));
    const page = await openSettings();
    expect(page.querySelector('#profile-error').dom.textContent).toBe('服务暂时不可用，请稍后再试');
  });

  test('the 适老化 switch is stored and restyles the page at once', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    const page = await openSettings();
    expect(page.querySelector('.page').dom.className).not.toContain('elder-mode');

    page.querySelector('#elder-switch >>> .t-switch').dispatchEvent('tap');
    await flush();
    expect(wx.getStorageSync('banzheng.elderMode')).toBe(true);
    expect(getApp().globalData.elderMode).toBe(true);
    expect(page.querySelector('.page').dom.className).toContain('elder-mode');

    page.querySelector('#elder-switch >>> .t-switch').dispatchEvent('tap');
    await flush();
    expect(wx.getStorageSync('banzheng.elderMode')).toBe(false);
    expect(page.querySelector('.page').dom.className).not.toContain('elder-mode');
  });

  test('logout asks first, revokes the session, forgets the tokens and goes to login', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    wx.__server.reply('POST', '/api/v1/auth/logout', 204, '');
    const page = await openSettings();
    page.querySelector('#logout >>> .t-button').dispatchEvent('tap');
    await flush();

    expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '退出登录' }));
    const [call] = wx.__server.callsTo('POST', '/api/v1/auth/logout');
    expect(call.header.Authorization).toBe('Bearer access-1');
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('');
    expect(wx.getStorageSync('banzheng.refreshToken')).toBe('');
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  test('cancelling the confirmation keeps me logged in', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    wx.showModal.mockImplementation((o) => setTimeout(() => o.success({ confirm: false, cancel: true }), 0));
    const page = await openSettings();
    page.querySelector('#logout >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.__server.callsTo('POST', '/api/v1/auth/logout')).toHaveLength(0);
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('access-1');
    expect(wx.reLaunch).not.toHaveBeenCalled();
  });

  test('logout without network still ends the session on this phone and says so', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    wx.__server.fail('POST', '/api/v1/auth/logout');
    const page = await openSettings();
    page.querySelector('#logout >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('');
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已退出本机登录（网络不给力，请稍后重试）', icon: 'none' });
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });
});

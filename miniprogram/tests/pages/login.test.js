const { render, flush } = require('../helpers/simulate');
const { tokenPair, apiError, signIn } = require('../helpers/fixtures');
const { COLLECTED_ITEMS } = require('../../utils/privacy');

function openLogin() {
  const page = render('pages/login/index');
  page.instance.onLoad();
  return page;
}

async function tick(page, selector) {
  page.querySelector(selector).dispatchEvent('tap');
  await flush();
}

describe('login page', () => {
  test('shows what is collected, why and for how long, before anything else', () => {
    const page = openLogin();
    const notice = page.querySelector('#privacy-notice').dom.textContent;
    COLLECTED_ITEMS.forEach((item) => {
      expect(notice).toContain(item.what);
      expect(notice).toContain(`用途：${item.why}`);
      expect(notice).toContain(`保存期限：${item.retention}`);
    });
  });

  test('refuses to log in until the privacy notice is accepted', async () => {
    const page = openLogin();
    await tick(page, '#login >>> .t-button');
    expect(wx.login).not.toHaveBeenCalled();
    expect(wx.__server.calls).toHaveLength(0);
    expect(page.querySelector('#login-error').dom.textContent).toBe('请先阅读并同意《个人信息保护说明》');
  });

  test('after consent, exchanges the wx.login code and stores the tokens', async () => {
    wx.__server.reply('POST', '/api/v1/auth/wechat', 200, tokenPair(7));
    const page = openLogin();
    await tick(page, '#consent >>> .t-checkbox');
    expect(page.data.agreed).toBe(true);
    await tick(page, '#login >>> .t-button');

    const [call] = wx.__server.callsTo('POST', '/api/v1/auth/wechat');
    expect(call.data).toEqual({ code: 'wx-login-code' });
    expect(call.header.Authorization).toBeUndefined();
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('access-7');
    expect(wx.getStorageSync('banzheng.refreshToken')).toBe('refresh-7');
    expect(wx.getStorageSync('banzheng.privacyConsentVersion')).toBeTruthy();
    // then the phone-binding step, which can be skipped
    expect(page.querySelector('#bind-phone').dom.textContent).toContain('绑定手机号');
    await tick(page, '#bind-later >>> .t-button');
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  test('binding the phone sends WeChat\'s one-time code and shows the masked number', async () => {
    wx.__server.reply('POST', '/api/v1/auth/wechat', 200, tokenPair(8));
    wx.__server.reply('POST', '/api/v1/me/phone', 200, { id: 'u1', role: 'owner', phone: '139****5678' });
    const page = openLogin();
    await tick(page, '#consent >>> .t-checkbox');
    await tick(page, '#login >>> .t-button');
    page.querySelector('#bind-phone-button').dispatchEvent('getphonenumber', { detail: { code: 'phone-code-1' } });
    await flush();
    const [call] = wx.__server.callsTo('POST', '/api/v1/me/phone');
    expect(call.data).toEqual({ code: 'phone-code-1' });
    expect(call.header.Authorization).toBe('Bearer access-8');
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已绑定 139****5678', icon: 'success' });
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  test('declining the phone prompt explains how to bind later and sends nothing', async () => {
    wx.__server.reply('POST', '/api/v1/auth/wechat', 200, tokenPair(9));
    const page = openLogin();
    await tick(page, '#consent >>> .t-checkbox');
    await tick(page, '#login >>> .t-button');
    page.querySelector('#bind-phone-button').dispatchEvent('getphonenumber', { detail: { errMsg: 'getPhoneNumber:fail user deny' } });
    await flush();
    expect(wx.__server.callsTo('POST', '/api/v1/me/phone')).toHaveLength(0);
    expect(page.querySelector('#bind-error').dom.textContent).toBe('未授权手机号，可稍后在“设置”中绑定');
  });

  test('shows the API message when login is refused', async () => {
    wx.__server.reply('POST', '/api/v1/auth/wechat', 403, apiError('ACCOUNT_DISABLED', '该账号已停用，请联系登记窗口'));
    const page = openLogin();
    await tick(page, '#consent >>> .t-checkbox');
    await tick(page, '#login >>> .t-button');
    expect(page.querySelector('#login-error').dom.textContent).toBe('该账号已停用，请联系登记窗口');
    expect(wx.showToast).toHaveBeenCalledWith({ title: '该账号已停用，请联系登记窗口', icon: 'none' });
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('');
    expect(page.querySelector('#bind-phone')).toBeUndefined();
  });

  test('an owner who is already signed in goes straight home', () => {
    signIn();
    openLogin();
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });
});

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

const { PRIVACY_NOTICE_VERSION } = require('../../utils/privacy');

beforeEach(() => {
  wx.__server.reply('POST', '/api/v1/me/privacy-consent', 201, {
    active: true, notice_version: PRIVACY_NOTICE_VERSION, granted_at: '2026-12-01T10:00:00+08:00', withdrawn_at: null,
  });
});

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
    // the consent is recorded with the API (so it can be withdrawn later), version and all
    const [consent] = wx.__server.callsTo('POST', '/api/v1/me/privacy-consent');
    expect(consent.data).toEqual({ notice_version: PRIVACY_NOTICE_VERSION });
    expect(consent.header.Authorization).toBe('Bearer access-7');
    expect(wx.getStorageSync('banzheng.privacyConsentVersion')).toBe(PRIVACY_NOTICE_VERSION);
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
    page.querySelector('#bind-phone-button >>> .t-button').dispatchEvent('getphonenumber', { detail: { code: 'phone-code-1' } });
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
    page.querySelector('#bind-phone-button >>> .t-button').dispatchEvent('getphonenumber', { detail: { errMsg: 'getPhoneNumber:fail user deny' } });
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

  test('the full privacy guide opens through wx.openPrivacyContract', async () => {
    const page = openLogin();
    await tick(page, '#open-contract');
    expect(wx.openPrivacyContract).toHaveBeenCalled();
  });

  test('WeChat\'s privacy prompt for the phone button: popup, agree button, then the API goes on', async () => {
    const privacy = require('../../services/privacy');
    privacy.listen();
    wx.__server.reply('POST', '/api/v1/auth/wechat', 200, tokenPair(5));
    const page = openLogin();
    await tick(page, '#consent >>> .t-checkbox');
    await tick(page, '#login >>> .t-button');
    expect(page.querySelector('#privacy-popup')).toBeUndefined();
    // the owner taps 授权微信绑定的手机号; WeChat holds the call and asks for our popup
    const answers = wx.__needPrivacy('button.getPhoneNumber');
    await flush();
    const popup = page.querySelector('#privacy >>> #privacy-popup');
    expect(popup).toBeDefined();
    expect(answers).toEqual([{ event: 'exposureAuthorization' }]);
    expect(popup.dom.textContent).toContain('为了绑定手机号');
    // 同意并继续 is WeChat's agreePrivacyAuthorization button, with the id WeChat checks
    const agree = page.querySelector('#privacy >>> #privacy-agree >>> .t-button');
    expect(agree.dom.getAttribute('open-type') || 'agreePrivacyAuthorization').toBe('agreePrivacyAuthorization');
    agree.dispatchEvent('agreeprivacyauthorization', { detail: {} });
    await flush();
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { buttonId: 'privacy-agree', event: 'agree' }]);
    expect(page.querySelector('#privacy >>> #privacy-popup')).toBeUndefined();
  });

  test('不同意 in the privacy popup fails the held call and says so', async () => {
    const privacy = require('../../services/privacy');
    privacy.listen();
    const page = openLogin();
    const answers = wx.__needPrivacy('chooseMedia');
    await flush();
    expect(page.querySelector('#privacy >>> #privacy-popup').dom.textContent).toContain('拍照或从相册选择材料照片');
    await tick(page, '#privacy >>> #privacy-contract'); // the full guide, from the popup
    expect(wx.openPrivacyContract).toHaveBeenCalled();
    page.querySelector('#privacy >>> #privacy-disagree >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(answers[answers.length - 1]).toEqual({ event: 'disagree' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '未同意，该功能暂不可用', icon: 'none' });
    expect(page.querySelector('#privacy >>> #privacy-popup')).toBeUndefined();
  });

  test('an owner who is already signed in goes straight home', () => {
    signIn();
    openLogin();
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });
});

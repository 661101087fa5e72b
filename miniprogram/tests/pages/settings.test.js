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

const CONSENT = {
  active: true, notice_version: '2026-11-25', granted_at: '2026-11-25T10:00:00+08:00', withdrawn_at: null,
};

describe('settings page', () => {
  beforeEach(() => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me/privacy-consent', 200, CONSENT);
  });

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
    page.querySelector('#bind-phone-button >>> .t-button').dispatchEvent('getphonenumber', { detail: { code: 'c-2' } });
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

  test('shows the consent state and opens the privacy guide', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    const page = await openSettings();
    expect(page.querySelector('#consent-status >>> .t-cell').dom.textContent).toContain('已同意（2026-11-25 版）');
    page.querySelector('#open-contract >>> .t-cell').dispatchEvent('tap');
    await flush();
    expect(wx.openPrivacyContract).toHaveBeenCalled();
  });

  test('撤回同意: asks first, tells the API, forgets the login and local files, goes to login', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    wx.__server.reply('POST', '/api/v1/me/privacy-consent/withdraw', 200, { ...CONSENT, active: false, withdrawn_at: '2026-12-01T10:00:00+08:00' });
    wx.setStorageSync('banzheng.privacyConsentVersion', '2026-11-25');
    const page = await openSettings();
    page.querySelector('#withdraw-consent >>> .t-button').dispatchEvent('tap');
    await flush(20);
    expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回同意' }));
    expect(wx.showModal.mock.calls[0][0].content).toContain('删除您的手机号');
    expect(wx.__server.callsTo('POST', '/api/v1/me/privacy-consent/withdraw')[0].header.Authorization).toBe('Bearer access-1');
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('');
    expect(wx.getStorageSync('banzheng.privacyConsentVersion')).toBe('');
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  test('注销账号: confirmed, DELETE /api/v1/me {confirm: true}, shows what was deleted and kept, clears the phone', async () => {
    const { uploadQueue } = require('../../services/upload-queue');
    await require('../helpers/app').launch();
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    wx.__server.reply('DELETE', '/api/v1/me', 200, {
      deleted: ['手机号', '微信身份标识（openid）与会话密钥', '1 件未受理的申请及其材料文件'],
      kept: ['1 件已受理申请的登记档案（含姓名、身份证号和材料，按不动产登记资料管理规定保存），已与您的微信账号断开'],
    });
    // a file still waiting to upload: its copy must not outlive the account
    await wx.__network(false);
    wx.__files.add('wxfile://tmp/id.jpg', 1000);
    await uploadQueue.enqueue({ applicationId: 'a-01', requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/id.jpg', size: 1000, name: 'a.jpg' } });
    expect(wx.__files.list().some((f) => f.startsWith('wxfile://usr/'))).toBe(true);

    const page = await openSettings();
    page.querySelector('#delete-account >>> .t-button').dispatchEvent('tap');
    await flush(20);
    expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '注销账号' }));
    const [call] = wx.__server.callsTo('DELETE', '/api/v1/me');
    expect(call.data).toEqual({ confirm: true });
    const report = page.querySelector('#deletion-report').dom.textContent;
    expect(report).toContain('已删除');
    expect(report).toContain('1 件未受理的申请及其材料文件');
    expect(report).toContain('依法保留');
    expect(report).toContain('已与您的微信账号断开');
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('');
    expect(wx.getStorageSync('banzheng.refreshToken')).toBe('');
    expect(uploadQueue.entriesFor()).toEqual([]);
    expect(wx.__files.list().some((f) => f.startsWith('wxfile://usr/'))).toBe(false);
    page.querySelector('#deletion-done >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  test('注销 refused while a case is in progress: the API message, and nothing is forgotten', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    wx.__server.reply('DELETE', '/api/v1/me', 409, apiError('ACCOUNT_HAS_OPEN_APPLICATIONS', '您有正在办理的申请（BZ2026112500000001），办结后才能注销账号；如需帮助请联系登记窗口'));
    const page = await openSettings();
    page.querySelector('#delete-account >>> .t-button').dispatchEvent('tap');
    await flush(20);
    const shown = wx.showModal.mock.calls.map(([o]) => o).find((o) => o.title === '暂时不能注销');
    expect(shown.content).toContain('办结后才能注销账号');
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('access-1');
    expect(page.querySelector('#deletion-report')).toBeUndefined();
    expect(wx.reLaunch).not.toHaveBeenCalled();
  });

  test('cancelling 注销 sends nothing', async () => {
    wx.__server.reply('GET', '/api/v1/me', 200, PROFILE);
    wx.showModal.mockImplementation((o) => setTimeout(() => o.success({ confirm: false, cancel: true }), 0));
    const page = await openSettings();
    page.querySelector('#delete-account >>> .t-button').dispatchEvent('tap');
    await flush(20);
    expect(wx.__server.callsTo('DELETE', '/api/v1/me')).toHaveLength(0);
  });
});

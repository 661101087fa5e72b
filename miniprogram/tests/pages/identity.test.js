jest.setTimeout(60000); // the first render loads TDesign: slow on a busy machine
const { render, flush } = require('../helpers/simulate');
const { apiError, signIn } = require('../helpers/fixtures');
const { CONSENT, FACE_PROVIDER, check } = require('../helpers/identity');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

async function open(query = {}) {
  const page = render('pages/identity/index');
  await page.instance.onLoad(query);
  await flush();
  return page;
}

/** A check the external provider decides, as the API answers it (provider_url to open). */
const FACE = {
  ...FACE_PROVIDER,
  provider_url: 'https://h5.faceid.test/biz-token-1',
  provider_return_url: 'https://banzheng.example.gov.cn/identity/faceid-return',
};

beforeEach(() => {
  signIn();
  wx.__server.reply('GET', '/api/v1/identity/consent', 200, CONSENT);
});

describe('video identity check: consent page', () => {
  test('shows the whole consent and starts only after the owner ticks it', async () => {
    wx.__server.reply('GET', '/api/v1/identity/status', 200, { verified: false, valid_until: null, latest: null });
    wx.__server.reply('POST', '/api/v1/identity/checks', 201, check());
    const page = await open();
    expect(text(page, '#consent')).toContain('处理目的：核实本人');
    expect(page.querySelectorAll('.consent__line')).toHaveLength(3);
    await page.instance.onStart(); // not ticked yet: nothing happens
    expect(wx.__server.callsTo('POST', '/api/v1/identity/checks')).toHaveLength(0);

    page.querySelector('#agree').dispatchEvent('tap');
    await flush();
    expect(page.data.agreed).toBe(true);
    await page.instance.onStart();
    await flush();
    const [call] = wx.__server.callsTo('POST', '/api/v1/identity/checks');
    expect(call.data).toEqual({ consent_version: '2026-12-01', consent_sha256: CONSENT.sha256, agree: true });
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/identity/record/index?check_id=chk-00000001' });
  });

  test('a video waiting for the clerk is shown instead of the consent', async () => {
    wx.__server.reply('GET', '/api/v1/identity/status', 200, {
      verified: false, valid_until: null, latest: check({ status: 'in_review', status_label: '等待工作人员审核', challenge: null }),
    });
    const page = await open();
    expect(text(page, '#latest')).toContain('等待登记窗口工作人员审核');
    expect(page.querySelector('#consent')).toBeFalsy();
  });

  test('what to record again after a refused video', async () => {
    wx.__server.reply('GET', '/api/v1/identity/status', 200, {
      verified: false,
      valid_until: null,
      latest: check({
        status: 'retake', status_label: '视频不符合要求，请重新录制', challenge: null, problems: [{ code: 'VIDEO_NO_FACE', message: '视频中没有看清您的正脸。' }],
      }),
    });
    const page = await open();
    expect(text(page, '#latest')).toContain('视频中没有看清您的正脸');
    expect(page.querySelector('#consent')).toBeTruthy();
  });

  test('verified: the validity and the way back to the document', async () => {
    wx.__server.reply('GET', '/api/v1/identity/status', 200, {
      verified: true, valid_until: '2026-12-08T10:00:00+08:00', latest: check({ status: 'passed', challenge: null }),
    });
    const page = await open({ next: 'req-01' });
    expect(text(page, '#verified')).toContain('12月8日');
    page.querySelector('#back-to-document >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.redirectTo).toHaveBeenCalledWith({ url: '/pages/identity/document/index?request_id=req-01' });
  });

  test('the daily limit comes back as the API says it', async () => {
    wx.__server.reply('GET', '/api/v1/identity/status', 200, { verified: false, valid_until: null, latest: null });
    wx.__server.reply('POST', '/api/v1/identity/checks', 429, apiError('IDENTITY_ATTEMPTS_EXCEEDED', '今天已核验 5 次，达到每日 5 次的上限，请明天再试'), { 'Retry-After': '40000' });
    const page = await open();
    page.setData({ agreed: true });
    await page.instance.onStart();
    await flush();
    expect(wx.showToast).toHaveBeenCalledWith({ title: '今天已核验 5 次，达到每日 5 次的上限，请明天再试', icon: 'none' });
    expect(wx.navigateTo).not.toHaveBeenCalled();
  });

  test('elder mode enlarges the page', async () => {
    wx.setStorageSync('banzheng.elderMode', true);
    wx.__server.reply('GET', '/api/v1/identity/status', 200, { verified: false, valid_until: null, latest: null });
    const page = await open();
    expect(page.querySelector('.page').dom.className).toContain('elder');
  });
});

describe('video identity check: an external 人脸核身 service decides (IDENTITY_PROVIDER=faceid)', () => {
  test('starting a check the provider decides opens the face page, not the video recorder', async () => {
    wx.__server.reply('GET', '/api/v1/identity/status', 200, { verified: false, valid_until: null, latest: null });
    wx.__server.reply('POST', '/api/v1/identity/checks', 201, check(FACE));
    const page = await open({ next: 'req-01' });
    page.querySelector('#agree').dispatchEvent('tap');
    await flush();
    await page.instance.onStart();
    await flush();
    expect(wx.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/identity/face/index?check_id=chk-00000001&next=req-01' });
  });

  test('an unfinished 人脸核身 can be continued', async () => {
    wx.__server.reply('GET', '/api/v1/identity/status', 200, { verified: false, valid_until: null, latest: check(FACE) });
    const page = await open();
    expect(text(page, '#latest')).toContain('上一次人脸核身还没有做完');
    page.querySelector('#continue-face >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/identity/face/index?check_id=chk-00000001' });
  });
});

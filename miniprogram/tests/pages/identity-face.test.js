jest.setTimeout(60000); // the first render loads TDesign: slow on a busy machine
const fs = require('fs');
const path = require('path');
const { render, flush, ROOT } = require('../helpers/simulate');
const { apiError, signIn } = require('../helpers/fixtures');
const { FACE_PROVIDER, check } = require('../helpers/identity');
const { faceView, isReturn } = require('../../pages/identity/face/logic');

const CHECK = '/api/v1/identity/checks/chk-00000001';
const REFRESH = `${CHECK}/refresh`;
const PROVIDER_URL = 'https://h5.faceid.test/biz-token-1';
const RETURN_URL = 'https://banzheng.example.gov.cn/identity/faceid-return';

/** A check the external 人脸核身 service decides, as the API answers it (IDENTITY_PROVIDER=faceid). */
function faceCheck(overrides = {}) {
  return check({
    ...FACE_PROVIDER,
    provider_url: PROVIDER_URL,
    provider_return_url: RETURN_URL,
    ...overrides,
  });
}

const PASSED = {
  status: 'passed', status_label: '核验通过', provider_url: null, provider_return_url: null, passed_until: '2026-12-08T10:00:00+08:00', decided_at: '2026-12-01T10:05:00+08:00',
};
const FAILED = {
  status: 'failed', status_label: '核验未通过', provider_url: null, provider_return_url: null, decision_reason: '活体检测未通过：请在光线充足处，按页面提示完成动作后重新核验。',
};

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

async function tap(comp, selector) {
  comp.querySelector(`${selector} >>> .t-button`).dispatchEvent('tap');
  await flush();
}

function buttonText(comp, selector) {
  const node = comp.querySelector(`${selector} >>> .t-button`);
  return node ? node.dom.textContent : null;
}

async function openFace(query = { check_id: 'chk-00000001' }) {
  const page = render('pages/identity/face/index');
  await page.instance.onLoad(query);
  await flush();
  return page;
}

/** 开始人脸核身 → the provider's page (face/web) → back: WeChat calls onShow again. */
async function goAndComeBack(page) {
  await tap(page, '#open');
  expect(wx.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/identity/face/web?check_id=chk-00000001' });
  page.instance.onShow();
  await flush();
}

beforeEach(() => {
  signIn();
});

describe('人脸核身 (external provider): the page around the provider', () => {
  test('explains the steps and opens the provider page; nothing is asked of the server yet', async () => {
    wx.__server.reply('GET', CHECK, 200, faceCheck());
    const page = await openFace();
    expect(text(page, '#face-title')).toBe('请完成人脸核身');
    expect(page.querySelectorAll('.step').map((s) => s.dom.textContent)).toHaveLength(3);
    expect(buttonText(page, '#open')).toContain('开始人脸核身');
    page.instance.onShow(); // first show: not back from anywhere
    await flush();
    expect(wx.__server.callsTo('POST', REFRESH)).toHaveLength(0);
  });

  test('back from the provider and passed: the server pulled the result; valid until, and on to signing', async () => {
    wx.__server.reply('GET', CHECK, 200, faceCheck());
    wx.__server.reply('POST', REFRESH, 200, faceCheck(PASSED));
    const page = await openFace({ check_id: 'chk-00000001', next: 'req-01' });
    await goAndComeBack(page);
    expect(wx.__server.callsTo('POST', REFRESH)).toHaveLength(1);
    expect(text(page, '#face-title')).toBe('核验通过');
    expect(text(page, '#face-text')).toBe('您已通过人脸核身，12月8日 10:00 前可以直接签署文件。');
    expect(page.querySelector('#open')).toBeFalsy();
    await tap(page, '#back-to-document');
    expect(wx.redirectTo).toHaveBeenLastCalledWith({ url: '/pages/identity/document/index?request_id=req-01' });
  });

  test('back from the provider and failed: the reason in plain words, and 重新核验 starts over', async () => {
    wx.__server.reply('GET', CHECK, 200, faceCheck());
    wx.__server.reply('POST', REFRESH, 200, faceCheck(FAILED));
    const page = await openFace({ check_id: 'chk-00000001', next: 'req-01' });
    await goAndComeBack(page);
    expect(text(page, '#face-title')).toBe('核验未通过');
    expect(text(page, '#face-text')).toContain('活体检测未通过');
    expect(text(page, '#face-result')).toContain('到登记窗口当面办理');
    await tap(page, '#restart');
    expect(wx.redirectTo).toHaveBeenLastCalledWith({ url: '/pages/identity/index?next=req-01' });
  });

  test('back before the provider has a result: says so, offers to go on or ask again', async () => {
    wx.__server.reply('GET', CHECK, 200, faceCheck());
    wx.__server.replyOnce('POST', REFRESH, 200, faceCheck());
    wx.__server.reply('POST', REFRESH, 200, faceCheck(PASSED));
    const page = await openFace();
    await goAndComeBack(page);
    expect(text(page, '#face-title')).toBe('还没有收到核验结果');
    expect(buttonText(page, '#open')).toContain('继续人脸核身');
    await tap(page, '#refresh');
    expect(text(page, '#face-title')).toBe('核验通过');
  });

  test('the provider service down (502): its message, the last view kept, retry possible', async () => {
    wx.__server.reply('GET', CHECK, 200, faceCheck());
    wx.__server.reply('POST', REFRESH, 502, apiError('IDENTITY_PROVIDER_ERROR', '人脸核身服务暂时不可用，请稍后再试'));
    const page = await openFace();
    await goAndComeBack(page);
    expect(text(page, '#face-refresh-error')).toBe('人脸核身服务暂时不可用，请稍后再试');
    expect(page.querySelector('#refresh')).toBeTruthy();
  });

  test('a check that is not there: the API message and the way back', async () => {
    wx.__server.reply('GET', CHECK, 404, apiError('NOT_FOUND', '未找到该核验记录'));
    const page = await openFace();
    expect(text(page, '#face-error')).toContain('未找到该核验记录');
    await tap(page, '#restart-after-error');
    expect(wx.redirectTo).toHaveBeenLastCalledWith({ url: '/pages/identity/index' });
  });

  test('elder mode: the page takes the 适老化 class', async () => {
    wx.setStorageSync('banzheng.elderMode', true);
    wx.__server.reply('GET', CHECK, 200, faceCheck());
    const page = await openFace();
    expect(page.querySelector('.page').dom.className).toContain('elder');
  });

  test('faceView: an expired check asks to start again', () => {
    const view = faceView(faceCheck({ status: 'expired', status_label: '核验已过期，请重新开始', provider_url: null }));
    expect(view).toMatchObject({ state: 'expired', canRestart: true, canOpen: false });
  });
});

describe('人脸核身: the provider page in a web-view', () => {
  const WEB = fs.readFileSync(path.join(ROOT, 'pages/identity/face/web.wxml'), 'utf8');

  async function openWeb() {
    const page = render('pages/identity/face/web');
    await page.instance.onLoad({ check_id: 'chk-00000001' });
    await flush();
    return page;
  }

  test('opens the URL the API gave (not one from a query) in a web-view', async () => {
    wx.__server.reply('GET', CHECK, 200, faceCheck());
    const page = await openWeb();
    expect(page.data.url).toBe(PROVIDER_URL);
    expect(WEB).toMatch(/<web-view[^>]*src="\{\{url\}\}"[^>]*bindload="onWebLoad"/);
    expect(wx.navigateBack).not.toHaveBeenCalled();
  });

  test('reaching the return address goes back (once), whatever its query claims', async () => {
    wx.__server.reply('GET', CHECK, 200, faceCheck());
    const page = await openWeb();
    page.instance.onWebLoad({ detail: { src: `${PROVIDER_URL}?step=2` } }); // still on the provider's pages
    expect(wx.navigateBack).not.toHaveBeenCalled();
    page.instance.onWebLoad({ detail: { src: `${RETURN_URL}?BizToken=biz-token-1&result=pass` } });
    page.instance.onWebLoad({ detail: { src: RETURN_URL } });
    expect(wx.navigateBack).toHaveBeenCalledTimes(1);
    expect(wx.__server.callsTo('POST', REFRESH)).toHaveLength(0); // the result is asked for by face/index
  });

  test('a check already decided: nothing to open, back with a word', async () => {
    wx.__server.reply('GET', CHECK, 200, faceCheck(PASSED));
    const page = await openWeb();
    expect(page.data.url).toBe('');
    expect(wx.showToast).toHaveBeenCalledWith({ title: '本次核验已经结束', icon: 'none' });
    expect(wx.navigateBack).toHaveBeenCalledTimes(1);
  });

  test('isReturn compares without query or fragment, and never matches without a return address', () => {
    expect(isReturn(`${RETURN_URL}#done`, RETURN_URL)).toBe(true);
    expect(isReturn('https://evil.test/identity/faceid-return', RETURN_URL)).toBe(false);
    expect(isReturn(RETURN_URL, '')).toBe(false);
  });
});

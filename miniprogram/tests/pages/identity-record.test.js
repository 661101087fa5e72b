jest.setTimeout(60000); // the first render loads TDesign: slow on a busy machine
const fs = require('fs');
const path = require('path');
const { render, flush, ROOT } = require('../helpers/simulate');
const { apiError, signIn } = require('../helpers/fixtures');
const { check } = require('../helpers/identity');
const { challengeView, resultView, waitForPrecheck } = require('../../pages/identity/record/logic');

const WXML = fs.readFileSync(path.join(ROOT, 'pages/identity/record/index.wxml'), 'utf8');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

async function open(query = { check_id: 'chk-00000001' }) {
  const page = render('pages/identity/record/index');
  await page.instance.onLoad(query);
  await flush();
  return page;
}

/** The tus server: POST opens, PATCH (override) takes every byte and says complete. */
function tusServer(size) {
  wx.__server.reply('POST', '/api/v1/uploads', 201, {
    upload_id: 'up-1', offset: 0, length: size, complete: false, file: null,
  });
  let offset = 0;
  wx.__server.reply('POST', '/api/v1/uploads/up-1', (req) => {
    offset += req.data.byteLength;
    const complete = offset >= size;
    return {
      status: 200,
      data: {
        upload_id: 'up-1', offset, length: size, complete, file: complete ? { object_id: 'o1', identity_check_id: 'chk-00000001' } : null,
      },
    };
  });
}

beforeEach(() => {
  signIn();
  jest.useRealTimers();
});

afterEach(() => {
  // The page's countdown and recording ticker stop when it detaches.
  render('pages/identity/record/index');
});

describe('recording the identity video', () => {
  test('shows the digits large, the action, the time left and the recording limit', async () => {
    wx.__server.reply('GET', '/api/v1/identity/checks/chk-00000001', 200, check());
    const page = await open();
    expect(page.querySelectorAll('.digit').map((d) => d.dom.textContent)).toEqual(['4', '8', '2', '1']);
    expect(text(page, '#action')).toBe('正对镜头点两次头');
    expect(text(page, '#expires')).toMatch(/动作码 2\d\d 秒后失效/);
    expect(text(page, '#timer')).toContain('最长 30 秒');
    expect(page.querySelector('#camera')).toBeTruthy();
    // Native components keep their attributes out of the simulated DOM: check the template.
    expect(WXML).toMatch(/<camera[^>]*device-position="front"/);
  });

  test('records with the front camera, uploads with progress and shows the pre-check answer', async () => {
    wx.__server.replyOnce('GET', '/api/v1/identity/checks/chk-00000001', 200, check());
    const size = 1200 * 1024;
    wx.__camera.video = { path: 'wxfile://tmp/identity.mp4', size };
    tusServer(size);
    const page = await open();
    page.querySelector('#start-record >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.__camera.startRecord).toHaveBeenCalledWith(expect.objectContaining({ timeout: 30 }));
    expect(page.data.recording).toBe(true);
    page.setData({ elapsed: 5 });
    wx.__server.reply('GET', '/api/v1/identity/checks/chk-00000001', 200, check({ status: 'in_review', status_label: '等待工作人员审核', challenge: null }));
    page.instance.onStopRecord();
    await flush(40);
    const [opened] = wx.__server.callsTo('POST', '/api/v1/uploads');
    expect(opened.header['Upload-Length']).toBe(String(size));
    expect(opened.header['Upload-Metadata']).toContain('identity_check_id ');
    expect(wx.__server.callsTo('POST', '/api/v1/uploads/up-1')).toHaveLength(3); // 512 KB chunks
    expect(page.data.percent).toBe(100);
    expect(text(page, '#result')).toContain('等待登记窗口工作人员审核');
    expect(page.querySelector('#challenge')).toBeFalsy();
  });

  test('stopping before the minimum keeps recording and says why', async () => {
    wx.__server.reply('GET', '/api/v1/identity/checks/chk-00000001', 200, check());
    const page = await open();
    page.instance.onStartRecord();
    await flush();
    page.setData({ elapsed: 1 });
    page.instance.onStopRecord();
    expect(wx.__camera.stopRecord).not.toHaveBeenCalled();
    expect(wx.showToast).toHaveBeenCalledWith({ title: '请至少录制 3 秒', icon: 'none' });
  });

  test('a refused video lists what to redo and offers a new check', async () => {
    wx.__server.reply('GET', '/api/v1/identity/checks/chk-00000001', 200, check({
      status: 'retake', challenge: null, problems: [{ code: 'VIDEO_NO_AUDIO', message: '视频没有声音。请允许小程序使用麦克风。' }],
    }));
    const page = await open();
    expect(text(page, '#result')).toContain('视频没有声音');
    page.querySelector('#restart >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.redirectTo).toHaveBeenCalledWith({ url: '/pages/identity/index' });
  });

  test('an expired challenge refuses the upload with the API message', async () => {
    wx.__server.reply('GET', '/api/v1/identity/checks/chk-00000001', 200, check());
    wx.__server.reply('POST', '/api/v1/uploads', 410, apiError('CHALLENGE_EXPIRED', '动作码已过期，请重新开始核验'));
    const page = await open();
    await page.instance.recorded({ tempVideoPath: 'wxfile://tmp/identity.mp4' });
    await flush();
    expect(page.data.errorMessage).toBe('动作码已过期，请重新开始核验');
  });

  test('logic: challenge view, result views, polling until the worker answers', async () => {
    const view = challengeView(check(), Date.now());
    expect(view.spoken).toBe('4821');
    expect(resultView(check({ status: 'passed' })).state).toBe('passed');
    expect(resultView(check({ status: 'checking' })).state).toBe('checking');
    let asked = 0;
    wx.__server.reply('GET', '/api/v1/identity/checks/c2', () => {
      asked += 1;
      return { status: 200, data: check({ status: asked < 3 ? 'checking' : 'in_review' }) };
    });
    const done = await waitForPrecheck('c2', { sleep: () => Promise.resolve() });
    expect(done.status).toBe('in_review');
    expect(asked).toBe(3);
  });
});

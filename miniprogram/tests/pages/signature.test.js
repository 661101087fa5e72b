jest.setTimeout(60000); // the first render loads TDesign: slow on a busy machine
const fs = require('fs');
const path = require('path');
const { render, flush, ROOT } = require('../helpers/simulate');
const { apiError, signIn } = require('../helpers/fixtures');
const { signingRequest } = require('../helpers/identity');
const { createPad, MIN_INK_LENGTH } = require('../../pages/identity/signature/logic');

const SHA = 'd'.repeat(64);

async function open() {
  const page = render('pages/identity/signature/index');
  page.instance.onLoad({ request_id: 'req-01', sha: SHA });
  await flush();
  return page;
}

function draw(page, points) {
  page.instance.onTouchStart({ touches: [{ x: points[0][0], y: points[0][1] }] });
  points.slice(1).forEach(([x, y]) => page.instance.onTouchMove({ touches: [{ x, y }] }));
  page.instance.onTouchEnd({});
}

beforeEach(() => {
  signIn();
  wx.__files.add('wxfile://tmp/signature.png', 300);
});

describe('the signature pad', () => {
  test('draws on the 2d canvas; undo and clear work; a tap is not a signature', async () => {
    const page = await open();
    expect(page.querySelector('#pad')).toBeTruthy();
    expect(fs.readFileSync(path.join(ROOT, 'pages/identity/signature/index.wxml'), 'utf8')).toMatch(/<canvas type="2d" id="pad"/);
    expect(page.querySelector('#hint').dom.textContent).toContain('横过手机');
    draw(page, [[10, 10], [12, 11]]);
    expect(page.data.empty).toBe(true);
    draw(page, [[20, 40], [120, 60], [220, 30], [300, 80]]);
    expect(page.data.empty).toBe(false);
    expect(wx.__canvas.calls.some(([name]) => name === 'lineTo')).toBe(true);
    page.instance.onUndo();
    expect(page.data.empty).toBe(true);
    draw(page, [[20, 40], [300, 80]]);
    page.instance.onClear();
    expect(page.data.empty).toBe(true);
    expect(page.instance.pad.strokes).toHaveLength(0);
  });

  test('signs with the PNG and the previewed hash, then goes back', async () => {
    wx.__server.reply('POST', '/api/v1/signatures/requests/req-01/sign', 200, signingRequest({ my_turn: false }));
    const page = await open();
    draw(page, [[20, 40], [120, 60], [220, 30], [300, 80]]);
    await page.instance.onSign();
    await flush();
    const [call] = wx.__server.callsTo('POST', '/api/v1/signatures/requests/req-01/sign');
    expect(call.data.document_sha256).toBe(SHA);
    expect(call.data.signature_png).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(call.header['Idempotency-Key']).toBeTruthy();
    expect(wx.canvasToTempFilePath).toHaveBeenCalledWith(expect.objectContaining({ fileType: 'png', canvas: wx.__canvas }));
    expect(wx.navigateBack).toHaveBeenCalled();
  });

  test('the refusal for a missing identity check is shown as the API words it', async () => {
    wx.__server.reply('POST', '/api/v1/signatures/requests/req-01/sign', 403, apiError('IDENTITY_CHECK_REQUIRED', '签署前请先完成视频身份核验'));
    const page = await open();
    draw(page, [[20, 40], [120, 60], [220, 30], [300, 80]]);
    await page.instance.onSign();
    await flush();
    expect(page.querySelector('#sign-error').dom.textContent).toBe('签署前请先完成视频身份核验');
    expect(wx.navigateBack).not.toHaveBeenCalled();
  });

  test('logic: ink length decides what counts as a signature', () => {
    const pad = createPad();
    pad.start(0, 0);
    pad.move(MIN_INK_LENGTH - 1, 0);
    pad.end();
    expect(pad.isEnough()).toBe(false);
    pad.start(0, 10);
    pad.move(5, 10);
    expect(pad.isEnough()).toBe(true);
  });
});

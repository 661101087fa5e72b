jest.setTimeout(60000); // the first render loads TDesign: slow on a busy machine
const { render, flush } = require('../helpers/simulate');
const { signIn } = require('../helpers/fixtures');
const { signingRequest } = require('../helpers/identity');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

async function open(detail, verified = true) {
  wx.__server.reply('GET', '/api/v1/signatures/requests/req-01', 200, detail);
  wx.__server.reply('GET', '/api/v1/identity/status', 200, { verified, valid_until: verified ? '2026-12-08T10:00:00+08:00' : null, latest: null });
  const page = render('pages/identity/document/index');
  await page.instance.onLoad({ request_id: 'req-01' });
  await flush();
  return page;
}

beforeEach(() => signIn());

describe('a document to sign', () => {
  test('shows the order of signers and previews the PDF through the download door', async () => {
    wx.__server.reply('GET', '/api/v1/signatures/requests/req-01/document', 200, '');
    const page = await open(signingRequest());
    expect(text(page, '#summary')).toContain('告知承诺书');
    const parties = page.querySelectorAll('.party');
    expect(parties[0].dom.textContent).toContain('1. 权利人 王**（我）');
    expect(parties[1].dom.textContent).toContain('等待前一位签署');
    expect(parties[2].dom.textContent).toContain('登记机构加盖电子印章');
    page.querySelector('#preview >>> .t-button').dispatchEvent('tap');
    await flush();
    const [download] = wx.downloadFile.mock.calls;
    expect(download[0].url).toContain('/api/v1/signatures/requests/req-01/document');
    expect(download[0].header.Authorization).toBe('Bearer access-1');
    expect(wx.openDocument).toHaveBeenCalledWith(expect.objectContaining({ fileType: 'pdf', showMenu: true }));
  });

  test('my turn with a passed check: the signature pad, with the hash of what I saw', async () => {
    const page = await open(signingRequest());
    page.querySelector('#go-sign >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: `/pages/identity/signature/index?request_id=req-01&sha=${'d'.repeat(64)}` });
  });

  test('without a passed check the owner is sent to the video check first', async () => {
    const page = await open(signingRequest(), false);
    expect(page.querySelector('#go-sign')).toBeFalsy();
    expect(text(page, '#needs-check')).toContain('先完成视频核验身份');
    page.querySelector('#go-check >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/identity/index?next=req-01' });
  });

  test('completed: the signed PDF and the evidence report open', async () => {
    wx.__server.reply('GET', '/api/v1/signatures/requests/req-01/evidence', 200, '');
    const page = await open(signingRequest({
      status: 'completed', status_label: '已签署并加盖电子印章', my_turn: false, evidence_url: '/x',
    }));
    expect(text(page, '#completed')).toContain('同等法律效力');
    page.querySelector('#evidence >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.downloadFile.mock.calls[0][0].url).toContain('/evidence');
    expect(wx.openDocument).toHaveBeenCalled();
  });

  test('a document that is not mine answers as not found', async () => {
    wx.__server.reply('GET', '/api/v1/identity/status', 200, { verified: true, valid_until: null, latest: null });
    const page = render('pages/identity/document/index');
    await page.instance.onLoad({ request_id: 'nope' });
    await flush();
    expect(text(page, '#document-error')).toContain('未找到相关内容');
  });
});

jest.setTimeout(60000); // the first render loads TDesign: slow on a busy machine
const { render, flush } = require('../helpers/simulate');
const {
  signIn, certificate, apiError, applicationDetail,
} = require('../helpers/fixtures');
const { progressView } = require('../../pages/progress/logic');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

const REVOKED = certificate({
  id: 'cert-00',
  application_id: 'a-00',
  number: 'X(2026)示范市不动产权第0000007号',
  status: 'revoked',
  status_label: '已作废',
  revocation_label: '已换发新证',
  revoked_at: '2026-12-01T11:00:00+08:00',
});

async function open(items, query = {}) {
  wx.__server.reply('GET', '/api/v1/me/certificates', 200, { items });
  const page = render('pages/certificates/index');
  await page.instance.onLoad(query);
  await flush();
  return page;
}

beforeEach(() => signIn());

describe('我的证书', () => {
  test('lists what each certificate says, its state, and only current ones offer the QR code', async () => {
    const page = await open([certificate(), REVOKED]);
    const first = text(page, '#certificate-0');
    expect(first).toContain('X(2026)示范市不动产权第0000001号');
    expect(first).toContain('有效');
    expect(first).toContain('110101001001GB00003F20003010');
    expect(first).toContain('王**、李**');
    expect(first).toContain('90.70 平方米');
    const second = text(page, '#certificate-1');
    expect(second).toContain('已换发新证');
    expect(second).toContain('不能再用于办理业务');
    expect(page.querySelectorAll('.show-qr')).toHaveLength(1);
    expect(page.querySelectorAll('.open-pdf')).toHaveLength(2); // revoked ones stay on record
  });

  test('opens the sealed PDF through the download door', async () => {
    wx.__server.reply('GET', '/api/v1/certificates/cert-01/pdf', 200, '');
    const page = await open([certificate()]);
    page.querySelector('#certificate-0 .open-pdf >>> .t-button').dispatchEvent('tap');
    await flush();
    const [download] = wx.downloadFile.mock.calls;
    expect(download[0].url).toContain('/api/v1/certificates/cert-01/pdf');
    expect(download[0].header.Authorization).toBe('Bearer access-1');
    expect(wx.openDocument).toHaveBeenCalledWith(expect.objectContaining({ fileType: 'pdf', showMenu: true }));
  });

  test('shows the verification QR code and copies the verification link to share', async () => {
    wx.__server.reply('GET', '/api/v1/certificates/cert-01/qr', 200, '');
    const page = await open([certificate()]);
    page.querySelector('#certificate-0 .show-qr >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.downloadFile.mock.calls[0][0].url).toContain('/api/v1/certificates/cert-01/qr');
    expect(wx.previewImage).toHaveBeenCalledWith(expect.objectContaining({ urls: [expect.stringContaining('wxfile://')] }));
    page.querySelector('#certificate-0 .copy-link >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.setClipboardData).toHaveBeenCalledWith(expect.objectContaining({ data: 'http://127.0.0.1:8000/v/Qm9yZWQtdG9rZW4tZm9yLXRlc3RzLTAx' }));
    expect(wx.showToast).toHaveBeenCalledWith({ title: '核验链接已复制，可发送给需要核验的人', icon: 'none' });
  });

  test('a certificate still being sealed says so and offers nothing to open yet', async () => {
    const page = await open([certificate({
      status: 'issuing', status_label: '正在制证', pdf_url: null, holder_masked: '', issued_at: null,
    })]);
    expect(text(page, '#certificate-0')).toContain('正在制作并加盖电子印章');
    expect(page.querySelector('.open-pdf')).toBeFalsy();
  });

  test('none yet is said in words', async () => {
    const empty = await open([]);
    expect(text(empty, '#certificates-empty')).toContain('还没有电子证照');
  });

  test('a failure is said in words, with a retry', async () => {
    wx.__server.reply('GET', '/api/v1/me/certificates', 503, apiError('SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'));
    const failed = render('pages/certificates/index');
    await failed.instance.onLoad({});
    await flush();
    expect(text(failed, '#certificates-error')).toContain('服务暂时不可用');
    expect(failed.querySelector('#retry')).toBeTruthy();
  });

  test('the progress page points to the certificate once it is issued, not before', () => {
    const issued = progressView(applicationDetail({ id: 'a-01', status: 'certificate_issued' }));
    expect(issued.certificateUrl).toBe('/pages/certificates/index?application_id=a-01');
    expect(progressView(applicationDetail({ id: 'a-01', status: 'delivered' })).certificateUrl).toBeTruthy();
    expect(progressView(applicationDetail({ id: 'a-01', status: 'registered' })).certificateUrl).toBe('');
  });
});

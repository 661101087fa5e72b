/*
 * 我的证书 (plan requirement 11): every electronic certificate I hold, its state (正在制证 / 有效 /
 * 已作废), what it says, and three actions: open the sealed PDF, show the verification QR code,
 * copy the public verification link to share.
 */
const certificates = require('../../services/certificates');
const { userMessage } = require('../../services/errors');
const { dateLabel } = require('../../utils/date-format');

const STATUS_THEMES = Object.freeze({ issuing: 'warning', current: 'success', revoked: 'danger' });

function certificateView(c, highlight) {
  const ready = Boolean(c.pdf_url);
  let note = '';
  if (c.status === 'issuing') note = '登记机构正在制作并加盖电子印章，通常几分钟内完成，请稍后下拉刷新。';
  else if (c.status === 'revoked') note = `${c.revocation_label || '已作废'}${c.revoked_at ? `（${dateLabel(c.revoked_at)}）` : ''}，此证不能再用于办理业务。`;
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    statusLabel: c.status_label,
    statusTheme: STATUS_THEMES[c.status] || 'default',
    current: c.status === 'current',
    ready,
    note,
    highlight: Boolean(highlight && c.application_id === highlight),
    facts: [
      ['坐落', c.location],
      ['不动产单元号', c.unit_number],
      ['权利人', c.holder_masked || '制证完成后显示'],
      ['共有情况', c.co_ownership],
      ['面积', `${c.area} 平方米`],
      ['用途', c.use],
      ['权利类型', c.right_type],
      ['使用期限', c.term],
      ['登簿日期', c.issued_at ? dateLabel(c.issued_at) : '制作中'],
      ['版本', c.replaces ? `第 ${c.version} 版（替换 ${c.replaces}）` : `第 ${c.version} 版`],
    ].map(([label, value]) => ({ label, value })),
    verifyUrl: c.verify_url,
  };
}

async function loadCertificates(highlight, { mine = certificates.mine } = {}) {
  try {
    const items = (await mine()).map((c) => certificateView(c, highlight));
    return { items, errorMessage: '' };
  } catch (error) {
    return { items: null, errorMessage: userMessage(error) };
  }
}

/** Runs one action on a certificate; resolves the message to show ('' when it worked). */
async function act(action, item) {
  try {
    if (action === 'pdf') await certificates.openPdf(item.id);
    else if (action === 'qr') await certificates.showQr(item.id);
    else if (action === 'link') {
      await certificates.copyLink(item.verifyUrl);
      return '核验链接已复制，可发送给需要核验的人';
    }
    return '';
  } catch (error) {
    return userMessage(error);
  }
}

module.exports = { certificateView, loadCertificates, act };

/*
 * One document to sign (告知承诺书, 面积差异确认书, …): preview it, see who signs in which order,
 * sign when it is my turn (after a passed video check), and open the signed PDF and the evidence
 * report once the registry has sealed it.
 */
const signatures = require('../../../services/signatures');
const identity = require('../../../services/identity');
const { userMessage } = require('../../../services/errors');
const { dateTimeLabel } = require('../../../utils/date-format');
const { pageUrl } = require('../../../utils/routes');

function documentView(request, status) {
  const completed = request.status === 'completed';
  return {
    id: request.id,
    title: request.title,
    statusLabel: request.status_label,
    completed,
    myTurn: request.my_turn,
    verified: Boolean(status && status.verified),
    needsCheck: request.my_turn && !(status && status.verified),
    sha256: request.document_sha256,
    expires: request.status === 'pending' ? dateTimeLabel(request.expires_at) : '',
    parties: request.parties.map((p) => ({
      key: `${p.position}`,
      label: `${p.position}. ${p.role} ${p.name}${p.is_me ? '（我）' : ''}`,
      statusLabel: p.status_label,
      signed: p.status === 'signed',
      when: p.signed_at ? dateTimeLabel(p.signed_at) : '',
    })),
    signUrl: pageUrl('signature', { request_id: request.id, sha: request.document_sha256 }),
    identityUrl: pageUrl('identity', { next: request.id }),
  };
}

async function loadDocument(requestId) {
  try {
    const [request, status] = await Promise.all([signatures.detail(requestId), identity.status()]);
    return { view: documentView(request, status), errorMessage: '' };
  } catch (error) {
    return { view: null, errorMessage: userMessage(error) };
  }
}

async function openFile(requestId, which) {
  try {
    if (which === 'evidence') await signatures.openEvidence(requestId);
    else await signatures.openDocument(requestId);
    return '';
  } catch (error) {
    return userMessage(error);
  }
}

module.exports = { documentView, loadDocument, openFile };

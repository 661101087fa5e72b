#!/usr/bin/env node
/*
 * Records the API answers the page screenshots are rendered from (tests/screenshots/), from the
 * real backend: starts `python -m banzheng dev` (demo data), walks an owner's application through
 * the states the pages show, and saves each answer as JSON in tests/screenshots/fixtures/.
 *
 *   node scripts/record-fixtures.js          (needs <repo>/.venv; ≈ 1 minute)
 *
 * The walk: owner-demo logs in and agrees to the notice → draft with a contract price → photos
 * and PDFs uploaded one by one (the first state kept after one upload) → submitted, pre-reviewed
 * → the clerk asks for 补正 on two items (一次性告知) → the owner re-uploads one → and the other
 * → re-submits → the clerk accepts with the invoice deferred (容缺, never uploaded) → the tax office approves with
 * an opinion. Answers that change run to run (ids, times) are recorded as they came.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { startBackend } = require('../tests/e2e/backend');
const { png, pdf } = require('../tests/e2e/fixtures');
const { PRIVACY_NOTICE_VERSION } = require('../utils/privacy');

const OUT = path.resolve(__dirname, '../tests/screenshots/fixtures');

function client(base) {
  let token = '';
  async function call(method, url, { json, body, headers = {} } = {}) {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : body,
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : '';
    if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status} ${text}`);
    return data;
  }
  return {
    call,
    async login(login) {
      token = (await call('POST', '/api/v1/auth/dev-login', { json: { login } })).access_token;
    },
  };
}

function save(name, data) {
  fs.writeFileSync(path.join(OUT, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
  // eslint-disable-next-line no-console
  console.log(`recorded ${name}.json`);
}

async function waitForTicket(api, ticket) {
  for (let i = 0; i < 120; i += 1) {
    // eslint-disable-next-line no-await-in-loop
    const t = await api.call('GET', `/api/v1/tickets/${ticket}`);
    if (t.state === 'done' || t.state === 'failed') return t;
    // eslint-disable-next-line no-await-in-loop
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`ticket ${ticket} did not finish`);
}

async function record() {
  fs.mkdirSync(OUT, { recursive: true });
  const backend = await startBackend();
  try {
    const api = client(backend.base);
    let seed = 100;
    const upload = (id, code) => {
      const isPdf = code === 'purchase_contract' || code === 'deed_tax_receipt';
      seed += 1;
      return api.call('POST', `/api/v1/applications/${id}/materials?requirement=${code}&filename=${encodeURIComponent(`${code}.${isPdf ? 'pdf' : 'png'}`)}`, {
        body: isPdf ? pdf(`Document ${code} ${seed}`) : png({ seed }),
        headers: { 'Content-Type': isPdf ? 'application/pdf' : 'image/png' },
      });
    };

    await api.login('owner-demo');
    await api.call('POST', '/api/v1/me/privacy-consent', { json: { notice_version: PRIVACY_NOTICE_VERSION } });
    save('me', await api.call('GET', '/api/v1/me'));
    save('privacy-consent', await api.call('GET', '/api/v1/me/privacy-consent'));
    const houses = await api.call('GET', '/api/v1/me/houses');
    save('houses', houses);
    const types = await api.call('GET', '/api/v1/application-types');
    save('application-types', types);

    const draft = await api.call('POST', '/api/v1/applications', {
      json: {
        house_id: houses.items[0].id, type: 'transfer_registration', contract_price: '900000.00', home_count: 1,
      },
    });
    const id = draft.id;
    await upload(id, 'owner_id_card');
    save('application-draft', await api.call('GET', `/api/v1/applications/${id}`));
    save('fees', await api.call('GET', `/api/v1/applications/${id}/fees`));
    // the invoice stays missing: the clerk will accept without it (容缺)
    for (const code of ['purchase_contract', 'deed_tax_receipt', 'maintenance_fund_receipt', 'marital_status']) {
      // eslint-disable-next-line no-await-in-loop
      await upload(id, code);
    }
    const ticket = await api.call('POST', `/api/v1/applications/${id}/submit`, { json: {}, headers: { 'Idempotency-Key': 'record-fixtures-1' } });
    save('ticket-queued', { ...ticket, state: 'queued', position: 3, estimated_wait_seconds: 2 });
    await waitForTicket(api, ticket.ticket);
    save('application-submitted', await api.call('GET', `/api/v1/applications/${id}`));

    await api.login('clerk-demo');
    await api.call('POST', `/api/v1/applications/${id}/supplement-request`, {
      json: {
        items: [
          { requirement_code: 'owner_id_card', problem: '身份证照片反光，号码看不清，请在光线均匀处重新拍摄正反面' },
          { requirement_code: 'purchase_contract', problem: '合同缺少第 5 页（双方签字页），请补全后重新上传' },
        ],
      },
    });
    await api.login('owner-demo');
    save('application-supplement', await api.call('GET', `/api/v1/applications/${id}`));
    save('applications', await api.call('GET', '/api/v1/applications?page=1&size=20'));
    await upload(id, 'owner_id_card');
    save('application-supplement-one-redone', await api.call('GET', `/api/v1/applications/${id}`));
    await upload(id, 'purchase_contract');
    const again = await api.call('POST', `/api/v1/applications/${id}/submit`, { json: {}, headers: { 'Idempotency-Key': 'record-fixtures-2' } });
    await waitForTicket(api, again.ticket);

    await api.login('clerk-demo');
    const due = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
    const accepted = await api.call('POST', `/api/v1/applications/${id}/accept`, {
      json: { deferred: [{ requirement_code: 'purchase_invoice', due_date: due }] },
    });
    const tax = accepted.steps.find((s) => s.kind === 'tax_check');
    await api.login('reviewer-tax-demo');
    await api.call('POST', `/api/v1/applications/${id}/steps/${tax.id}/approve`, { json: { opinion: '契税已足额缴纳，完税信息核验一致' } });
    await api.login('owner-demo');
    save('application-review', await api.call('GET', `/api/v1/applications/${id}`));
    save('applications-review', await api.call('GET', '/api/v1/applications?page=1&size=20'));
    save('meta', { recorded_at: new Date().toISOString() });
  } finally {
    await backend.stop();
  }
}

record().catch((error) => {
  // eslint-disable-next-line no-console
  console.error(error);
  process.exit(1);
});

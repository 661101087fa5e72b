const applications = require('../../services/applications');
const {
  apiError, signIn, applicationDetail, applicationType,
} = require('../helpers/fixtures');

beforeEach(() => signIn());

describe('applications service', () => {
  test('lists types and my applications (paged)', async () => {
    wx.__server.reply('GET', '/api/v1/application-types', 200, { items: [applicationType()] });
    wx.__server.reply('GET', '/api/v1/applications', 200, {
      items: [], page: 2, size: 5, total: 0,
    });
    expect((await applications.listApplicationTypes())[0].code).toBe('transfer_registration');
    await applications.listMyApplications({ page: 2, size: 5 });
    expect(wx.__server.callsTo('GET', '/api/v1/applications')[0].query).toBe('?page=2&size=5');
  });

  test('creates a draft with house_id and type', async () => {
    wx.__server.reply('POST', '/api/v1/applications', 201, applicationDetail());
    const { application, existed } = await applications.createOrOpenApplication({ houseId: 'h-01', type: 'transfer_registration' });
    expect(existed).toBe(false);
    expect(application.id).toBe('a-01');
    expect(wx.__server.calls[0].data).toEqual({ house_id: 'h-01', type: 'transfer_registration' });
  });

  test('409 APPLICATION_EXISTS opens the existing application instead', async () => {
    wx.__server.reply('POST', '/api/v1/applications', 409,
      apiError('APPLICATION_EXISTS', '该房屋已有办理中的申请', { application_id: 'a-07' }));
    wx.__server.reply('GET', '/api/v1/applications/a-07', 200, applicationDetail({ id: 'a-07' }));
    const { application, existed } = await applications.createOrOpenApplication({ houseId: 'h-01', type: 'transfer_registration' });
    expect(existed).toBe(true);
    expect(application.id).toBe('a-07');
  });

  test('submit carries the caller\'s Idempotency-Key; tickets are polled until done', async () => {
    wx.__server.reply('POST', '/api/v1/applications/a-01/submit', 202, {
      ticket: 'submit:a-01:1', state: 'queued', position: 3, application_id: 'a-01', application_status: 'draft', estimated_wait_seconds: 2,
    });
    wx.__server.replyOnce('GET', '/api/v1/tickets/submit:a-01:1', 200, { ticket: 'submit:a-01:1', state: 'processing', position: null });
    wx.__server.reply('GET', '/api/v1/tickets/submit:a-01:1', 200, {
      ticket: 'submit:a-01:1', state: 'done', position: null, application_status: 'pre_review',
    });
    const first = await applications.submit('a-01', 'key-1');
    expect(wx.__server.calls[0].header['Idempotency-Key']).toBe('key-1');
    const seen = [];
    const sleeps = [];
    const last = await applications.waitForTicket(first, {
      onUpdate: (t) => seen.push(t.state), sleep: async (ms) => { sleeps.push(ms); },
    });
    expect(last.state).toBe('done');
    expect(seen).toEqual(['queued', 'processing', 'done']);
    expect(sleeps[0]).toBe(2000); // the API's estimate, when longer than the poll interval
    // the ticket id keeps its ":" (a legal path character the API expects as is)
    expect(wx.__server.callsTo('GET', '/api/v1/tickets/submit:a-01:1')).toHaveLength(2);
  });

  test('commitment, area confirmation and withdrawal post to their paths', async () => {
    wx.__server.reply('POST', '/api/v1/applications/a-01/commitments', 200, applicationDetail());
    wx.__server.reply('POST', '/api/v1/applications/a-01/area-confirmation', 200, applicationDetail());
    wx.__server.reply('POST', '/api/v1/applications/a-01/withdraw', 200, applicationDetail({ status: 'withdrawn' }));
    await applications.commitInstead('a-01', 'marital_status');
    await applications.confirmArea('a-01');
    await applications.withdraw('a-01');
    expect(wx.__server.calls.map((c) => [c.path, c.data])).toEqual([
      ['/api/v1/applications/a-01/commitments', { requirement_code: 'marital_status' }],
      ['/api/v1/applications/a-01/area-confirmation', {}],
      ['/api/v1/applications/a-01/withdraw', {}],
    ]);
  });
});

const { request, upload, retryAfterSeconds } = require('../../services/request');
const { ENDPOINTS } = require('../../services/endpoints');
const { ApiError } = require('../../services/errors');
const { tokenPair, apiError, signIn } = require('../helpers/fixtures');

const SUBMIT = { method: 'POST', path: '/api/v1/things/{id}/submit', idempotent: true };
const PLAIN_WRITE = { method: 'POST', path: '/api/v1/things' };

function reject401(req) {
  return req.header.Authorization === 'Bearer access-2'
    ? { status: 200, data: { ok: req.path } }
    : { status: 401, data: apiError('UNAUTHORIZED', '登录已失效，请重新登录') };
}

describe('request: auth and refresh', () => {
  test('uses the configured base URL and the bearer token', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me', 200, { id: 'u-1' });
    await expect(request(ENDPOINTS.me)).resolves.toEqual({ id: 'u-1' });
    const [call] = wx.__server.calls;
    expect(call.url).toBe('http://127.0.0.1:8000/api/v1/me');
    expect(call.header.Authorization).toBe('Bearer access-1');
  });

  test('on 401 refreshes once, stores the rotated pair and retries', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me', reject401);
    wx.__server.reply('POST', '/api/v1/auth/refresh', 200, tokenPair(2));
    await expect(request(ENDPOINTS.me)).resolves.toEqual({ ok: '/api/v1/me' });
    const refreshes = wx.__server.callsTo('POST', '/api/v1/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].data).toEqual({ refresh_token: 'refresh-1' });
    expect(refreshes[0].header.Authorization).toBeUndefined();
    expect(wx.getStorageSync('banzheng.refreshToken')).toBe('refresh-2');
    expect(wx.__server.callsTo('GET', '/api/v1/me').map((c) => c.header.Authorization))
      .toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  test('concurrent 401s share one refresh', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me', reject401);
    wx.__server.reply('GET', '/api/v1/me/houses', reject401);
    wx.__server.reply('POST', '/api/v1/auth/refresh', 200, tokenPair(2));
    const results = await Promise.all([
      request(ENDPOINTS.me), request(ENDPOINTS.myHouses), request(ENDPOINTS.me),
    ]);
    expect(results).toEqual([{ ok: '/api/v1/me' }, { ok: '/api/v1/me/houses' }, { ok: '/api/v1/me' }]);
    expect(wx.__server.callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(1);
  });

  test('a 401 arriving after another call already refreshed retries without refreshing again', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me', reject401);
    wx.__server.reply('POST', '/api/v1/auth/refresh', 200, tokenPair(2));
    // sent with the old token, its 401 comes back only after the refresh has finished
    wx.__server.reply('GET', '/api/v1/me/houses', (req) => ({ ...reject401(req), delayMs: req.header.Authorization === 'Bearer access-1' ? 50 : 0 }));
    const results = await Promise.all([request(ENDPOINTS.me), request(ENDPOINTS.myHouses)]);
    expect(results[1]).toEqual({ ok: '/api/v1/me/houses' });
    expect(wx.__server.callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(1);
    expect(wx.__server.callsTo('GET', '/api/v1/me/houses').map((c) => c.header.Authorization))
      .toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  test('refresh refused: tokens cleared, user sent to login, the API message surfaces', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me', 401, apiError('UNAUTHORIZED', '登录已失效，请重新登录'));
    wx.__server.reply('POST', '/api/v1/auth/refresh', 401, apiError('TOKEN_REUSED', '登录状态异常，请重新登录'));
    await expect(request(ENDPOINTS.me)).rejects.toMatchObject({ status: 401, message: '登录状态异常，请重新登录' });
    expect(wx.getStorageSync('banzheng.accessToken')).toBe('');
    expect(wx.getStorageSync('banzheng.refreshToken')).toBe('');
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  test('refresh unreachable: the session is kept and the network message surfaces', async () => {
    signIn();
    wx.__server.reply('GET', '/api/v1/me', 401, apiError('UNAUTHORIZED', '登录已失效，请重新登录'));
    wx.__server.fail('POST', '/api/v1/auth/refresh');
    await expect(request(ENDPOINTS.me)).rejects.toMatchObject({ message: '网络不给力，请稍后重试' });
    expect(wx.getStorageSync('banzheng.refreshToken')).toBe('refresh-1');
    expect(wx.reLaunch).not.toHaveBeenCalled();
  });

  test('a 401 on login itself is not refreshed', async () => {
    wx.__server.reply('POST', '/api/v1/auth/wechat', 401, apiError('WECHAT_CODE_INVALID', '微信登录凭证已失效，请重试'));
    await expect(request(ENDPOINTS.wechatLogin, { data: { code: 'x' } })).rejects.toMatchObject({ message: '微信登录凭证已失效，请重试' });
    expect(wx.__server.callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(0);
  });
});

describe('request: idempotent writes', () => {
  beforeEach(() => signIn());

  test('the Idempotency-Key is made once and reused when retried after a refresh', async () => {
    wx.__server.reply('POST', '/api/v1/things/a1/submit', reject401);
    wx.__server.reply('POST', '/api/v1/auth/refresh', 200, tokenPair(2));
    await request(SUBMIT, { params: { id: 'a1' } });
    const keys = wx.__server.callsTo('POST', '/api/v1/things/a1/submit').map((c) => c.header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  test('a network failure is re-sent once with the same key', async () => {
    wx.__server.failOnce('POST', '/api/v1/things/a1/submit');
    wx.__server.reply('POST', '/api/v1/things/a1/submit', 202, { ticket: 't-1' });
    await expect(request(SUBMIT, { params: { id: 'a1' } })).resolves.toEqual({ ticket: 't-1' });
    const keys = wx.__server.calls.map((c) => c.header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
  });

  test('a caller-supplied key (one per user action) is used for every attempt', async () => {
    wx.__server.fail('POST', '/api/v1/things/a1/submit');
    await expect(request(SUBMIT, { params: { id: 'a1' }, idempotencyKey: 'action-1' })).rejects.toBeInstanceOf(ApiError);
    wx.__server.reply('POST', '/api/v1/things/a1/submit', 202, { ticket: 't-1' });
    await expect(request(SUBMIT, { params: { id: 'a1' }, idempotencyKey: 'action-1' })).rejects.toBeInstanceOf(ApiError);
    expect(wx.__server.calls.every((c) => c.header['Idempotency-Key'] === 'action-1')).toBe(true);
  });

  test('two separate actions get different keys; plain writes get none', async () => {
    wx.__server.reply('POST', '/api/v1/things/a1/submit', 202, { ticket: 't' });
    wx.__server.reply('POST', '/api/v1/things', 201, { id: 'x' });
    await request(SUBMIT, { params: { id: 'a1' } });
    await request(SUBMIT, { params: { id: 'a1' } });
    await request(PLAIN_WRITE, { data: {} });
    const [first, second, plain] = wx.__server.calls.map((c) => c.header['Idempotency-Key']);
    expect(first).not.toBe(second);
    expect(plain).toBeUndefined();
  });
});

describe('request: 429 Retry-After', () => {
  beforeEach(() => {
    signIn();
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  test('waits Retry-After seconds, then retries with the same key', async () => {
    wx.__server.replyOnce('POST', '/api/v1/things/a1/submit', 429,
      apiError('TOO_MANY_REQUESTS', '请求过于频繁，请稍后再试'), { 'retry-after': '3' });
    wx.__server.reply('POST', '/api/v1/things/a1/submit', 202, { ticket: 't-9' });
    const pending = request(SUBMIT, { params: { id: 'a1' } });

    await jest.advanceTimersByTimeAsync(2900);
    expect(wx.__server.calls).toHaveLength(1); // still waiting
    await jest.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toEqual({ ticket: 't-9' });
    const [a, b] = wx.__server.calls.map((c) => c.header['Idempotency-Key']);
    expect(b).toBe(a);
  });

  test('a busy 503 (SERVICE_BUSY + Retry-After) is waited out and re-sent with the same key', async () => {
    wx.__server.replyOnce('POST', '/api/v1/things/a1/submit', 503,
      apiError('SERVICE_BUSY', '系统繁忙，请稍后重试'), { 'Retry-After': '2' });
    wx.__server.reply('POST', '/api/v1/things/a1/submit', 202, { ticket: 't-7' });
    const pending = request(SUBMIT, { params: { id: 'a1' } });
    await jest.advanceTimersByTimeAsync(2100);
    await expect(pending).resolves.toEqual({ ticket: 't-7' });
    const [a, b] = wx.__server.calls.map((c) => c.header['Idempotency-Key']);
    expect(b).toBe(a);
  });

  test('a 503 without Retry-After (the service is down) is not retried', async () => {
    wx.__server.reply('GET', '/api/v1/me', 503, apiError('SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'));
    const pending = request(ENDPOINTS.me);
    const assertion = expect(pending).rejects.toMatchObject({ status: 503, message: '服务暂时不可用，请稍后再试' });
    await jest.advanceTimersByTimeAsync(5000);
    await assertion;
    expect(wx.__server.calls).toHaveLength(1);
  });

  test('a plain (non-idempotent) write is not retried on 429', async () => {
    wx.__server.reply('POST', '/api/v1/things', 429, apiError('TOO_MANY_REQUESTS', '请求过于频繁，请稍后再试'), { 'Retry-After': '1' });
    const pending = request(PLAIN_WRITE, { data: {} });
    const assertion = expect(pending).rejects.toMatchObject({ status: 429, message: '请求过于频繁，请稍后再试' });
    await jest.advanceTimersByTimeAsync(5000);
    await assertion;
    expect(wx.__server.calls).toHaveLength(1);
  });

  test('gives up after three waits and shows the API message', async () => {
    wx.__server.reply('GET', '/api/v1/me', 429, apiError('TOO_MANY_REQUESTS', '当前办理人数较多，请稍后再试'), { 'Retry-After': '1' });
    const pending = request(ENDPOINTS.me);
    const assertion = expect(pending).rejects.toMatchObject({ message: '当前办理人数较多，请稍后再试' });
    await jest.advanceTimersByTimeAsync(10000);
    await assertion;
    expect(wx.__server.calls).toHaveLength(4);
  });

  test('Retry-After accepts seconds or an HTTP date, with a default', () => {
    const now = Date.parse('2026-11-25T08:00:00Z');
    expect(retryAfterSeconds({ 'Retry-After': '7' }, now)).toBe(7);
    expect(retryAfterSeconds({ 'retry-after': 'Wed, 25 Nov 2026 08:00:05 GMT' }, now)).toBe(5);
    expect(retryAfterSeconds({}, now)).toBe(1);
  });
});

describe('request: 409 IDEMPOTENCY_IN_FLIGHT (the same request is still being processed)', () => {
  beforeEach(() => {
    signIn();
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  const IN_FLIGHT = apiError('IDEMPOTENCY_IN_FLIGHT', '您的上一次请求仍在处理中，请稍等几秒后再试，无需重新填写');

  /**
   * The server's idempotency rule (backend/banzheng/common/idempotency.py) in small: a key's
   * first request is still running for `busy` more answers (409 + Retry-After), then its one
   * answer is replayed for that key; every new key would be another submission.
   */
  function idempotentServer({ busy }) {
    const submissions = new Map();
    let left = busy;
    wx.__server.reply('POST', '/api/v1/things/a1/submit', (req) => {
      const key = req.header['Idempotency-Key'];
      if (!submissions.has(key)) submissions.set(key, { ticket: `t-${submissions.size + 1}` });
      if (left > 0) {
        left -= 1;
        return { status: 409, data: IN_FLIGHT, header: { 'Retry-After': '2' } };
      }
      return { status: 202, data: submissions.get(key) };
    });
    return submissions;
  }

  test('waits Retry-After, resends the same key and ends as one submission', async () => {
    const submissions = idempotentServer({ busy: 2 });
    const pending = request(SUBMIT, { params: { id: 'a1' } });

    await jest.advanceTimersByTimeAsync(1900);
    expect(wx.__server.calls).toHaveLength(1); // waiting out Retry-After, not hammering
    await jest.advanceTimersByTimeAsync(2200);
    await expect(pending).resolves.toEqual({ ticket: 't-1' });
    const keys = wx.__server.calls.map((c) => c.header['Idempotency-Key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(submissions.size).toBe(1);
  });

  test('still in flight after five waits: the API message, and the error says keep the key', async () => {
    idempotentServer({ busy: 100 });
    const pending = request(SUBMIT, { params: { id: 'a1' }, idempotencyKey: 'tap-1' });
    const assertion = expect(pending).rejects.toMatchObject({
      status: 409, code: 'IDEMPOTENCY_IN_FLIGHT', retryWithSameKey: true,
    });
    await jest.advanceTimersByTimeAsync(30000);
    await assertion;
    expect(wx.__server.calls).toHaveLength(6);
  });

  test('another 409 (a state conflict) is not retried', async () => {
    wx.__server.reply('POST', '/api/v1/things/a1/submit', 409,
      apiError('APPLICATION_STATE_CONFLICT', '申请已提交，不能重复提交'), { 'Retry-After': '1' });
    const pending = request(SUBMIT, { params: { id: 'a1' } });
    const assertion = expect(pending).rejects.toMatchObject({ status: 409, retryWithSameKey: false });
    await jest.advanceTimersByTimeAsync(5000);
    await assertion;
    expect(wx.__server.calls).toHaveLength(1);
  });

  test('a write without a key is not retried on IDEMPOTENCY_IN_FLIGHT either', async () => {
    wx.__server.reply('POST', '/api/v1/things', 409, IN_FLIGHT, { 'Retry-After': '1' });
    const pending = request(PLAIN_WRITE, { data: {} });
    const assertion = expect(pending).rejects.toMatchObject({ status: 409 });
    await jest.advanceTimersByTimeAsync(5000);
    await assertion;
    expect(wx.__server.calls).toHaveLength(1);
  });
});

test('retryWithSameKey: network, 429, busy 503 and in-flight 409 keep the key; anything else does not', () => {
  const err = (status, code) => new ApiError({ status, code, message: 'x' });
  expect(err(0, 'NETWORK_ERROR').retryWithSameKey).toBe(true);
  expect(err(429, 'QUEUE_FULL').retryWithSameKey).toBe(true);
  expect(err(503, 'SERVICE_BUSY').retryWithSameKey).toBe(true);
  expect(err(409, 'IDEMPOTENCY_IN_FLIGHT').retryWithSameKey).toBe(true);
  expect(err(409, 'INVALID_STATE').retryWithSameKey).toBe(false);
  expect(err(422, 'VALIDATION_FAILED').retryWithSameKey).toBe(false);
  expect(err(503, 'SERVICE_UNAVAILABLE').retryWithSameKey).toBe(false);
});

describe('request: error messages', () => {
  beforeEach(() => signIn());

  test('the API message, code and details are surfaced', async () => {
    wx.__server.reply('GET', '/api/v1/me', 422, apiError('VALIDATION_ERROR', '提交的内容不符合要求，请检查后重试', { field: 'code' }));
    await expect(request(ENDPOINTS.me)).rejects.toMatchObject({
      status: 422, code: 'VALIDATION_ERROR', message: '提交的内容不符合要求，请检查后重试', details: { field: 'code' },
    });
  });

  test('a network failure reads 网络不给力，请稍后重试', async () => {
    wx.__server.fail('GET', '/api/v1/me');
    await expect(request(ENDPOINTS.me)).rejects.toMatchObject({ code: 'NETWORK_ERROR', message: '网络不给力，请稍后重试' });
  });

  test('a non-JSON error page falls back to a Chinese message by status', async () => {
    wx.__server.reply('GET', '/api/v1/me', 502, '<html>Bad Gateway</html>');
    await expect(request(ENDPOINTS.me)).rejects.toMatchObject({ status: 502, message: '服务开小差了，请稍后重试' });
  });
});

describe('upload', () => {
  test('goes through wx.uploadFile with the token and parses the JSON answer', async () => {
    signIn();
    wx.__server.reply('POST', '/api/v1/things/a1/submit', 201, { id: 'm-1' });
    const body = await upload(SUBMIT, { params: { id: 'a1' }, filePath: 'wxfile://tmp/a.jpg', name: 'file' });
    expect(body).toEqual({ id: 'm-1' });
    const [call] = wx.__server.calls;
    expect(wx.uploadFile).toHaveBeenCalledTimes(1);
    expect(call.filePath).toBe('wxfile://tmp/a.jpg');
    expect(call.header.Authorization).toBe('Bearer access-1');
    expect(call.header['Idempotency-Key']).toBeTruthy();
  });
});

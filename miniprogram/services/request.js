/*
 * The one door to the API: only this module calls wx.request / wx.uploadFile / wx.downloadFile.
 *
 * - Adds `Authorization: Bearer <access token>` unless the endpoint says auth: false.
 * - On 401, refreshes the session once (POST /auth/refresh with the stored refresh token; the
 *   new pair replaces the old one, since refresh tokens rotate) and retries. Concurrent 401s wait
 *   on the same refresh. A request that was sent with an old token and fails after someone else
 *   already refreshed simply retries with the new token.
 * - If the refresh is refused, the tokens are cleared and the user is sent to the login page.
 * - Idempotent writes carry an Idempotency-Key made once per logical action and reused on every
 *   retry (after refresh, after a 429, after a network failure).
 * - On 429, and on 503 with Retry-After (SERVICE_BUSY: the server refused it at once under a peak,
 *   backend/banzheng/common/admission.py), GETs and idempotent writes wait Retry-After seconds and
 *   are retried with the same key.
 * - On 409 IDEMPOTENCY_IN_FLIGHT (the same request, same key, is still being processed by the
 *   server: backend/banzheng/common/idempotency.py) it waits Retry-After seconds and sends the
 *   SAME key again, so the retry gets the first request's answer instead of starting a second
 *   submission. Every other 409 is a real state conflict and is not retried.
 * - Failures reject with ApiError whose `message` is the API's Chinese text.
 */
const config = require('../config/index');
const session = require('./session');
const { ENDPOINTS, buildPath } = require('./endpoints');
const {
  ApiError, errorFromResponse, networkError, parseBody,
} = require('./errors');
const { newIdempotencyKey } = require('./idempotency');
const { goLogin } = require('../utils/routes');

/** How many times one call waits out a 429 or a busy 503 before giving up. */
const MAX_THROTTLE_RETRIES = 3;
/** Longer Retry-After than this is not waited out silently: the user gets the message instead. */
const MAX_RETRY_AFTER_SECONDS = 30;
/** Retry-After when the header is missing or unreadable. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;
/** Automatic re-sends of an idempotent write after a network failure (same key). */
const MAX_NETWORK_RETRIES = 1;
/** The 409 code saying "your earlier request with this key is still running" (not a conflict). */
const IN_FLIGHT_CODE = 'IDEMPOTENCY_IN_FLIGHT';
/**
 * How many times one call waits out IDEMPOTENCY_IN_FLIGHT. The server's lock is a lease renewed
 * while the first request runs (5 s), so a few waits cover a slow request; after that the owner
 * gets the API's message ("仍在处理中…") and the caller keeps the key for its own retry.
 */
const MAX_IN_FLIGHT_RETRIES = 5;

let refreshInFlight = null;

function isOk(status) {
  return status >= 200 && status < 300;
}

function headerValue(headers, name) {
  const wanted = name.toLowerCase();
  const key = Object.keys(headers || {}).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? undefined : headers[key];
}

/** Seconds to wait from a Retry-After header (delta-seconds or HTTP-date). */
function retryAfterSeconds(headers, now = Date.now()) {
  const raw = headerValue(headers, 'Retry-After');
  if (raw === undefined || raw === null || String(raw).trim() === '') return DEFAULT_RETRY_AFTER_SECONDS;
  const text = String(raw).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return DEFAULT_RETRY_AFTER_SECONDS;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function queryString(query) {
  const pairs = Object.entries(query || {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (!pairs.length) return '';
  return `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}`;
}

function urlFor(endpoint, params, query) {
  return `${config.apiBaseUrl()}${buildPath(endpoint.path, params)}${queryString(query)}`;
}

/** Drops our JSON default when the caller sets its own Content-Type (any spelling). */
function withDefaultContentType(header) {
  const hasOwn = Object.keys(header || {}).some((k) => k.toLowerCase() === 'content-type');
  return hasOwn ? { ...header } : { 'content-type': 'application/json', ...header };
}

function sendJson({
  method, url, data, header, timeout,
}) {
  return new Promise((resolve, reject) => {
    wx.request({
      url,
      method,
      data,
      header: withDefaultContentType(header),
      timeout: timeout || config.REQUEST_TIMEOUT_MS,
      success: (res) => resolve({ statusCode: res.statusCode, data: res.data, header: res.header || {} }),
      fail: (err) => reject(networkError(err && err.errMsg)),
    });
  });
}

function sendFile({
  url, filePath, name, formData, header, onProgress, timeout,
}) {
  return new Promise((resolve, reject) => {
    const task = wx.uploadFile({
      url,
      filePath,
      name,
      formData,
      header,
      timeout: timeout || config.REQUEST_TIMEOUT_MS,
      success: (res) => resolve({ statusCode: res.statusCode, data: parseBody(res.data), header: res.header || {} }),
      fail: (err) => reject(networkError(err && err.errMsg)),
    });
    if (onProgress && task && typeof task.onProgressUpdate === 'function') {
      task.onProgressUpdate((p) => onProgress({ sent: p.totalBytesSent, total: p.totalBytesExpectedToSend }));
    }
  });
}

async function refreshOnce() {
  const token = session.refreshToken();
  if (!token) throw new ApiError({ status: 401, code: 'UNAUTHORIZED', message: '登录已失效，请重新登录' });
  const res = await sendJson({
    method: ENDPOINTS.refresh.method,
    url: urlFor(ENDPOINTS.refresh),
    data: { refresh_token: token },
    header: {},
  });
  if (!isOk(res.statusCode)) throw errorFromResponse(res);
  session.saveTokens(res.data);
}

/** Refreshes the session; callers arriving while a refresh is running share its result. */
function refreshSession() {
  if (!refreshInFlight) {
    refreshInFlight = refreshOnce().finally(() => {
      refreshInFlight = null;
    });
  }
  return refreshInFlight;
}

function endSession() {
  session.clearTokens();
  goLogin();
}

function authHeaders(endpoint, idempotencyKey, extra) {
  const headers = { ...(extra || {}) };
  const token = endpoint.auth === false ? '' : session.accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  return { headers, token };
}

/**
 * Runs `attempt(headers)` until it succeeds or fails for good, applying the refresh, throttle
 * and network-retry rules above. Resolves with the raw response.
 */
async function perform(endpoint, idempotencyKey, attempt, extraHeaders) {
  let refreshed = false;
  let throttled = 0;
  let networkRetries = 0;
  let inFlightWaits = 0;
  for (;;) {
    const { headers, token } = authHeaders(endpoint, idempotencyKey, extraHeaders);
    let res;
    try {
      // eslint-disable-next-line no-await-in-loop
      res = await attempt(headers);
    } catch (err) {
      if (err.isNetworkError && idempotencyKey && networkRetries < MAX_NETWORK_RETRIES) {
        networkRetries += 1;
        continue; // eslint-disable-line no-continue
      }
      throw err;
    }
    if (isOk(res.statusCode)) return res;

    if (res.statusCode === 401 && endpoint.auth !== false) {
      if (refreshed) {
        endSession();
        throw errorFromResponse(res);
      }
      refreshed = true;
      const current = session.accessToken();
      if (!(current && current !== token)) {
        try {
          // eslint-disable-next-line no-await-in-loop
          await refreshSession();
        } catch (err) {
          if (!err.isNetworkError) endSession();
          throw err;
        }
      }
      continue; // eslint-disable-line no-continue
    }

    const retryable = endpoint.method === 'GET' || Boolean(idempotencyKey);
    const later = res.statusCode === 429
      || (res.statusCode === 503 && headerValue(res.header, 'Retry-After') !== undefined);
    if (later && retryable && throttled < MAX_THROTTLE_RETRIES) {
      const seconds = retryAfterSeconds(res.header);
      if (seconds <= MAX_RETRY_AFTER_SECONDS) {
        throttled += 1;
        // eslint-disable-next-line no-await-in-loop
        await sleep(seconds * 1000);
        continue; // eslint-disable-line no-continue
      }
    }
    if (res.statusCode === 409 && idempotencyKey && inFlightWaits < MAX_IN_FLIGHT_RETRIES
      && errorFromResponse(res).code === IN_FLIGHT_CODE) {
      const seconds = retryAfterSeconds(res.header);
      if (seconds <= MAX_RETRY_AFTER_SECONDS) {
        inFlightWaits += 1;
        // eslint-disable-next-line no-await-in-loop
        await sleep(seconds * 1000);
        continue; // eslint-disable-line no-continue
      }
    }
    throw errorFromResponse(res);
  }
}

function keyFor(endpoint, idempotencyKey) {
  if (!endpoint.idempotent) return null;
  return idempotencyKey || newIdempotencyKey();
}

/**
 * Calls one API endpoint and resolves with the whole response `{statusCode, data, header}`
 * (data parsed from JSON when it is JSON). `header` adds request headers (tus needs its own);
 * `data` may be an ArrayBuffer for binary bodies; `timeout` (ms) overrides the default for slow
 * bodies such as upload chunks.
 */
async function send(endpoint, {
  params, query, data, idempotencyKey, header, timeout,
} = {}) {
  const key = keyFor(endpoint, idempotencyKey);
  const url = urlFor(endpoint, params, query);
  return perform(endpoint, key, (h) => sendJson({
    method: endpoint.method, url, data, header: h, timeout,
  }), header);
}

/**
 * Calls one API endpoint (an entry of services/endpoints.js) and resolves with the JSON body
 * (empty string for 204).
 */
async function request(endpoint, options = {}) {
  const res = await send(endpoint, options);
  return res.data;
}

/**
 * Uploads one local file (multipart) to an endpoint; same auth/retry rules as request().
 * `onProgress({sent, total})` follows the bytes sent.
 */
async function upload(endpoint, {
  params, query, filePath, name = 'file', formData, idempotencyKey, onProgress, timeout,
} = {}) {
  const key = keyFor(endpoint, idempotencyKey);
  const url = urlFor(endpoint, params, query);
  const res = await perform(endpoint, key, (header) => sendFile({
    url, filePath, name, formData, header, onProgress, timeout,
  }));
  return res.data;
}

function sendDownload({ url, header, timeout }) {
  return new Promise((resolve, reject) => {
    wx.downloadFile({
      url,
      header,
      timeout: timeout || config.REQUEST_TIMEOUT_MS,
      success: (res) => {
        const ok = isOk(res.statusCode);
        resolve({
          statusCode: res.statusCode,
          // A refused download's body is in a file; the status says enough for the owner.
          data: ok ? res.tempFilePath : {
            error: {
              code: res.statusCode === 404 ? 'NOT_FOUND' : 'DOWNLOAD_FAILED',
              message: res.statusCode === 404 ? '文件不存在或无权查看' : '文件下载失败，请稍后重试',
              details: { status: res.statusCode },
            },
          },
          header: res.header || {},
        });
      },
      fail: (err) => reject(networkError(err && err.errMsg)),
    });
  });
}

/**
 * Downloads what an endpoint answers (a PDF) to a temporary file, with the same auth/retry rules
 * as request(); resolves with the local path (for wx.openDocument).
 */
async function download(endpoint, { params, query, timeout } = {}) {
  const url = urlFor(endpoint, params, query);
  const res = await perform(endpoint, null, (header) => sendDownload({ url, header, timeout }));
  return res.data;
}

module.exports = {
  request,
  send,
  download,
  headerValue,
  upload,
  retryAfterSeconds,
  MAX_THROTTLE_RETRIES,
  MAX_RETRY_AFTER_SECONDS,
};

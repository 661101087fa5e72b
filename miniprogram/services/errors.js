/*
 * What the user reads when a call fails. The API answers errors as
 * {"error": {"code", "message", "details"}} with Chinese `message` text; we show that text.
 * When there is no such body (proxy error page, network down) we fall back to fixed wording.
 */
const NETWORK_ERROR_MESSAGE = '网络不给力，请稍后重试';
const FALLBACK_MESSAGES = {
  401: '登录已失效，请重新登录',
  403: '您没有执行此操作的权限',
  404: '未找到相关内容',
  429: '请求过于频繁，请稍后再试',
  500: '服务开小差了，请稍后重试',
};
const DEFAULT_MESSAGE = '操作未成功，请稍后重试';

class ApiError extends Error {
  constructor({ status = 0, code = 'UNKNOWN', message = DEFAULT_MESSAGE, details = {} } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  get isNetworkError() {
    return this.code === 'NETWORK_ERROR';
  }

  /**
   * True when the same action may be sent again with the SAME Idempotency-Key: the answer got
   * lost (network), the server asked us to come back later (429, or 503 SERVICE_BUSY: refused at
   * admission, nothing ran), or the first request with this key is still being processed (409
   * IDEMPOTENCY_IN_FLIGHT). A caller that made the key for one tap keeps it for these, and makes
   * a new one for anything else.
   */
  get retryWithSameKey() {
    return this.isNetworkError || this.status === 429 || this.code === 'SERVICE_BUSY'
      || this.code === 'IDEMPOTENCY_IN_FLIGHT';
  }
}

function parseBody(data) {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch (e) {
    return null;
  }
}

function fallbackMessage(status) {
  if (FALLBACK_MESSAGES[status]) return FALLBACK_MESSAGES[status];
  return status >= 500 ? FALLBACK_MESSAGES[500] : DEFAULT_MESSAGE;
}

/** Builds the ApiError for a non-2xx response `{statusCode, data}`. */
function errorFromResponse(response) {
  const status = response.statusCode;
  const body = parseBody(response.data);
  const error = body && typeof body === 'object' ? body.error : null;
  if (error && typeof error.message === 'string' && error.message) {
    return new ApiError({
      status, code: error.code || `HTTP_${status}`, message: error.message, details: error.details || {},
    });
  }
  return new ApiError({ status, code: `HTTP_${status}`, message: fallbackMessage(status) });
}

function networkError(errMsg) {
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE, details: { errMsg } });
}

/** Text to show for any thrown value (ApiError or a programming error). */
function userMessage(error) {
  if (error instanceof ApiError) return error.message;
  return DEFAULT_MESSAGE;
}

module.exports = {
  ApiError, errorFromResponse, networkError, userMessage, parseBody, NETWORK_ERROR_MESSAGE, DEFAULT_MESSAGE,
};

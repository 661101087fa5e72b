/*
 * Where the API lives. The default points at the embedded dev server (scripts/dev.sh); a build
 * for another environment sets `banzheng.apiBaseUrl` in storage (e.g. from a debug menu) or
 * edits DEFAULT_API_BASE_URL. Production must be HTTPS and listed as a request domain in the
 * mini-program admin console.
 */
const DEFAULT_API_BASE_URL = 'http://127.0.0.1:8000';
const API_BASE_URL_STORAGE_KEY = 'banzheng.apiBaseUrl';

/** Per-request timeout (ms) for API calls. */
const REQUEST_TIMEOUT_MS = 15000;

function apiBaseUrl() {
  let override = '';
  try {
    override = wx.getStorageSync(API_BASE_URL_STORAGE_KEY);
  } catch (e) {
    override = '';
  }
  return String(override || DEFAULT_API_BASE_URL).replace(/\/+$/, '');
}

module.exports = {
  DEFAULT_API_BASE_URL, API_BASE_URL_STORAGE_KEY, REQUEST_TIMEOUT_MS, apiBaseUrl,
};

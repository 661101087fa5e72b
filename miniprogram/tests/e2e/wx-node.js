/*
 * A `wx` global for node, implemented over real HTTP and real files, so the mini-program's
 * services/*.js run unchanged against the real backend:
 *   wx.request         → node http (JSON parsed like dataType "json"; ArrayBuffer bodies sent raw)
 *   wx.uploadFile      → fetch + FormData (multipart, field `name`)
 *   wx.downloadFile    → fetch, the body written to a temporary file (wx.openDocument: a no-op)
 *   wx.getFileSystemManager().readFile / readFileSync with position/length; access, mkdir,
 *                        copyFile, unlink under wx.env.USER_DATA_PATH (a temporary directory)
 *   storage            → in memory
 * Fault injection: `wx.__faults.cutNext(predicate)` makes the next matching request send only
 * half of its body, then drop the connection and report `request:fail`, as a phone losing its
 * signal mid-chunk would.
 */
const fs = require('fs');
const http = require('http');

function headerObject(raw) {
  const out = {};
  Object.entries(raw || {}).forEach(([k, v]) => { out[k] = Array.isArray(v) ? v.join(', ') : v; });
  return out;
}

function bodyOf(data) {
  if (data === undefined || data === null) return null;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return Buffer.from(data);
  return Buffer.from(JSON.stringify(data)); // our services send objects only as JSON
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return text;
  }
}

function createWx({ userDataPath = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'wx-usr-')) } = {}) {
  let store = {};
  const faults = [];
  const log = [];

  function request(options) {
    const url = new URL(options.url);
    const method = (options.method || 'GET').toUpperCase();
    const header = { ...(options.header || {}) };
    const body = bodyOf(options.data);
    const faultIndex = faults.findIndex((f) => f({ method, url, header }));
    const cut = faultIndex >= 0 ? faults.splice(faultIndex, 1)[0] : null;
    const entry = {
      method, path: url.pathname, header, size: body ? body.length : 0, cut: Boolean(cut),
    };
    log.push(entry);

    let settled = false;
    const finish = (fn) => { if (!settled) { settled = true; fn(); } };
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: `${url.pathname}${url.search}`,
      method,
      headers: { ...header, ...(body ? { 'Content-Length': body.length } : {}) },
      timeout: options.timeout || 60000,
    }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => finish(() => {
        const text = Buffer.concat(parts).toString('utf8');
        entry.status = res.statusCode;
        entry.responseHeader = headerObject(res.headers);
        options.success && options.success({
          statusCode: res.statusCode, data: text ? parseJson(text) : '', header: headerObject(res.headers),
        });
        options.complete && options.complete({});
      }));
    });
    req.on('error', (err) => finish(() => {
      options.fail && options.fail({ errMsg: `request:fail ${err.message}` });
      options.complete && options.complete({});
    }));
    req.on('timeout', () => req.destroy(new Error('timeout')));
    if (cut && body) {
      // Half the bytes reach the server, then the connection is gone.
      req.write(body.subarray(0, Math.floor(body.length / 2)), () => {
        setTimeout(() => req.destroy(new Error('connection reset (simulated signal loss)')), 200);
      });
    } else {
      if (body) req.write(body);
      req.end();
    }
    return { abort: () => req.destroy(new Error('abort')) };
  }

  function uploadFile(options) {
    const progress = [];
    const task = { onProgressUpdate: (fn) => progress.push(fn), abort() {} };
    (async () => {
      const bytes = fs.readFileSync(options.filePath);
      const form = new FormData();
      Object.entries(options.formData || {}).forEach(([k, v]) => form.append(k, String(v)));
      form.append(options.name, new Blob([bytes]), options.filePath.split('/').pop());
      log.push({ method: 'POST', path: new URL(options.url).pathname, multipart: true, size: bytes.length });
      const res = await fetch(options.url, { method: 'POST', headers: options.header || {}, body: form });
      const text = await res.text();
      progress.forEach((fn) => fn({ progress: 100, totalBytesSent: bytes.length, totalBytesExpectedToSend: bytes.length }));
      options.success && options.success({
        statusCode: res.status, data: text, header: Object.fromEntries(res.headers.entries()),
      });
    })().catch((err) => options.fail && options.fail({ errMsg: `uploadFile:fail ${err.message}` }));
    return task;
  }

  function readRange(filePath, position = 0, length) {
    const size = fs.statSync(filePath).size;
    const n = length === undefined ? size - position : Math.min(length, size - position);
    const buf = Buffer.alloc(n);
    const fd = fs.openSync(filePath, 'r');
    try {
      fs.readSync(fd, buf, 0, n, position);
    } finally {
      fs.closeSync(fd);
    }
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  }

  const fileSystem = {
    readFile({
      filePath, position, length, success, fail,
    }) {
      setImmediate(() => {
        try {
          success({ data: readRange(filePath, position, length) });
        } catch (err) {
          fail && fail({ errMsg: `readFile:fail ${err.message}` });
        }
      });
    },
    readFileSync(filePath, encoding, position, length) {
      return readRange(filePath, position, length);
    },
    // the upload queue's user-data copies (services/upload-queue.js), over real files
    access({ path: p, success, fail }) {
      fs.access(p, (err) => (err ? fail && fail({ errMsg: `access:fail ${err.message}` }) : success({})));
    },
    mkdir({ dirPath, recursive, success, fail }) {
      fs.mkdir(dirPath, { recursive }, (err) => (err ? fail && fail({ errMsg: `mkdir:fail ${err.message}` }) : success({})));
    },
    copyFile({
      srcPath, destPath, success, fail,
    }) {
      fs.copyFile(srcPath, destPath, (err) => (err ? fail && fail({ errMsg: `copyFile:fail ${err.message}` }) : success({})));
    },
    unlink({ filePath, success, fail }) {
      fs.unlink(filePath, (err) => (err ? fail && fail({ errMsg: `unlink:fail ${err.message}` }) : success({})));
    },
  };

  /* wx.downloadFile: the body lands in a temporary file, as on the phone. */
  function downloadFile(options) {
    (async () => {
      const res = await fetch(options.url, { headers: options.header || {} });
      const bytes = Buffer.from(await res.arrayBuffer());
      const file = require('path').join(userDataPath, `download-${Date.now()}-${Math.random().toString(16).slice(2)}`);
      fs.writeFileSync(file, bytes);
      log.push({ method: 'GET', path: new URL(options.url).pathname, download: true, status: res.status });
      options.success && options.success({ statusCode: res.status, tempFilePath: file, header: Object.fromEntries(res.headers.entries()) });
    })().catch((err) => options.fail && options.fail({ errMsg: `downloadFile:fail ${err.message}` }));
    return { abort() {} };
  }

  return {
    request,
    uploadFile,
    downloadFile,
    openDocument: (o) => setImmediate(() => o.success && o.success({})),
    getFileSystemManager: () => fileSystem,
    env: { USER_DATA_PATH: userDataPath },
    onNetworkStatusChange: () => {},
    getNetworkType: (o) => setImmediate(() => o.success({ networkType: 'wifi' })),
    getStorageSync: (k) => (k in store ? store[k] : ''),
    setStorageSync: (k, v) => { store[k] = v; },
    removeStorageSync: (k) => { delete store[k]; },
    clearStorageSync: () => { store = {}; },
    reLaunch: () => {},
    showToast: () => {},
    __faults: { cutNext: (predicate) => faults.push(predicate) },
    __log: log,
  };
}

module.exports = { createWx };

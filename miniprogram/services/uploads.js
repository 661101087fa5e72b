/*
 * Getting a material file from the phone to the API.
 *
 * Small files (≤ RESUMABLE_THRESHOLD_BYTES) go in one multipart request (request.upload). Larger
 * ones use the resumable protocol (tus 1.0 core): POST /uploads opens a session, each PATCH sends
 * the next CHUNK_BYTES from the byte the server has confirmed. When the network drops (a lift, a
 * tunnel, WeChat sent to the background) we ask the server with HEAD where it got to and carry on
 * from there; if even that fails, the session is kept in storage and `resumeUpload` continues it
 * when the owner comes back (pages call it from wx.onAppShow).
 */
const {
  request, send, upload, headerValue,
} = require('./request');
const { ENDPOINTS } = require('./endpoints');
const { ApiError } = require('./errors');
const { base64Utf8 } = require('../utils/base64');

const TUS_VERSION = '1.0.0';
/** Above this a file is sent in chunks: one request of a few MB rarely survives a weak 4G cell. */
const RESUMABLE_THRESHOLD_BYTES = 1024 * 1024;
/** Chunk size: small enough to finish in a few seconds on 1 Mbit/s, large enough to stay cheap. */
const CHUNK_BYTES = 512 * 1024;
/** Network failures in a row (each followed by HEAD) before we stop and wait for the owner. */
const MAX_CONSECUTIVE_FAILURES = 3;
/** Pause before asking the server again after a drop, growing with each failure (ms). */
const RETRY_BASE_MS = 500;
const STORAGE_KEY = 'banzheng.pendingUploads';
/** Time allowed for one chunk or one small file: 1 MB at 256 kbit/s (a weak cell) takes ≈ 33 s. */
const TRANSFER_TIMEOUT_MS = 60000;

/*
 * WeChat's request API has no PATCH: its methods are OPTIONS, GET, HEAD, POST, PUT, DELETE, TRACE and
 * CONNECT. tus 1.0 provides for such clients: POST with `X-HTTP-Method-Override: PATCH`, which
 * the server treats as PATCH (POST /api/v1/uploads/{id}). On by default; tests may switch it off
 * to exercise the plain PATCH path.
 */
let methodOverride = true;

const running = new Map();
let pauseMs = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function keyOf(applicationId, requirementCode) {
  return `${applicationId}:${requirementCode}`;
}

function readPending() {
  const stored = wx.getStorageSync(STORAGE_KEY);
  return stored && typeof stored === 'object' ? stored : {};
}

function savePending(entry) {
  const all = readPending();
  all[keyOf(entry.applicationId, entry.requirementCode)] = entry;
  wx.setStorageSync(STORAGE_KEY, all);
}

function forgetPending(applicationId, requirementCode) {
  const all = readPending();
  delete all[keyOf(applicationId, requirementCode)];
  wx.setStorageSync(STORAGE_KEY, all);
}

/** Resumable uploads of this application that stopped before finishing. */
function pendingUploads(applicationId) {
  return Object.values(readPending()).filter((e) => !applicationId || e.applicationId === applicationId);
}

function readChunk(filePath, position, length) {
  return new Promise((resolve, reject) => {
    wx.getFileSystemManager().readFile({
      filePath,
      position,
      length,
      success: (res) => resolve(res.data),
      fail: (err) => reject(new ApiError({
        code: 'FILE_READ_FAILED', message: '读取文件失败，请重新选择文件', details: { errMsg: err && err.errMsg },
      })),
    });
  });
}

function tusHeaders(extra) {
  return { 'Tus-Resumable': TUS_VERSION, ...extra };
}

function metadata(entry) {
  const target = entry.identityCheckId
    ? [['identity_check_id', entry.identityCheckId]]
    : [['application_id', entry.applicationId], ['requirement', entry.requirementCode]];
  return [...target, ['filename', entry.fileName]].map(([k, v]) => `${k} ${base64Utf8(v)}`).join(',');
}

async function openSession(entry) {
  const body = await request(ENDPOINTS.createUpload, {
    header: tusHeaders({ 'Upload-Length': String(entry.size), 'Upload-Metadata': metadata(entry) }),
    data: '',
  });
  const opened = { ...entry, uploadId: body.upload_id, offset: Number(body.offset) || 0 };
  savePending(opened);
  return opened;
}

/** HEAD /uploads/{id}: how many bytes the server has safely stored. */
async function serverOffset(uploadId) {
  const res = await send(ENDPOINTS.uploadOffset, { params: { upload_id: uploadId }, header: tusHeaders() });
  const value = Number(headerValue(res.header, 'Upload-Offset'));
  if (!Number.isFinite(value)) {
    throw new ApiError({ code: 'UPLOAD_OFFSET_UNKNOWN', message: '上传状态未知，请稍后重试' });
  }
  return value;
}

function offsetFromMismatch(error) {
  if (!error || error.code !== 'UPLOAD_OFFSET_MISMATCH') return null;
  const value = Number(error.details && error.details.offset);
  return Number.isFinite(value) ? value : null;
}

/** Sends chunks from entry.offset until the server reports the file complete. */
async function pump(start, onProgress) {
  let entry = start;
  let failures = 0;
  onProgress(entry.offset, entry.size);
  for (;;) {
    const length = Math.min(CHUNK_BYTES, entry.size - entry.offset);
    // eslint-disable-next-line no-await-in-loop
    const chunk = await readChunk(entry.filePath, entry.offset, length);
    let body;
    try {
      // eslint-disable-next-line no-await-in-loop
      body = await request(chunkEndpoint(), {
        params: { upload_id: entry.uploadId },
        header: tusHeaders({
          'Upload-Offset': String(entry.offset),
          'Content-Type': 'application/offset+octet-stream',
          ...(methodOverride ? { 'X-HTTP-Method-Override': 'PATCH' } : {}),
        }),
        data: chunk,
        timeout: TRANSFER_TIMEOUT_MS,
      });
    } catch (error) {
      const mismatch = offsetFromMismatch(error);
      if (mismatch !== null) {
        entry = { ...entry, offset: mismatch };
      } else if (error.isNetworkError && failures < MAX_CONSECUTIVE_FAILURES) {
        failures += 1;
        // eslint-disable-next-line no-await-in-loop
        await pauseMs(RETRY_BASE_MS * failures);
        // eslint-disable-next-line no-await-in-loop
        entry = { ...entry, offset: await serverOffset(entry.uploadId) };
      } else {
        throw error;
      }
      savePending(entry);
      onProgress(entry.offset, entry.size);
      continue; // eslint-disable-line no-continue
    }
    failures = 0;
    entry = { ...entry, offset: Number(body.offset) };
    onProgress(entry.offset, entry.size);
    if (body.complete) {
      forgetPending(entry.applicationId, entry.requirementCode);
      return body.file;
    }
    savePending(entry);
  }
}

function chunkEndpoint() {
  return methodOverride ? ENDPOINTS.uploadChunkOverride : ENDPOINTS.uploadChunk;
}

function once(key, work) {
  if (running.has(key)) return running.get(key);
  const promise = work().finally(() => running.delete(key));
  running.set(key, promise);
  return promise;
}

/**
 * Uploads one chosen file for one checklist item. `file` is {path, size, name}; `onProgress(sent,
 * total)` follows the bytes the server has confirmed. Resolves with the stored file
 * {object_id, requirement_code, kind, size, sha256, display_name, created_at}.
 */
function uploadMaterial({
  applicationId, requirementCode, file, onProgress = () => {},
}) {
  const entry = {
    applicationId, requirementCode, filePath: file.path, fileName: file.name, size: file.size,
  };
  if (file.size <= RESUMABLE_THRESHOLD_BYTES) {
    return once(keyOf(applicationId, requirementCode), () => oneShot(entry, onProgress));
  }
  return once(keyOf(applicationId, requirementCode), async () => pump(await openSession(entry), onProgress));
}

async function oneShot(entry, onProgress) {
  onProgress(0, entry.size);
  const stored = await upload(ENDPOINTS.uploadMaterial, {
    params: { application_id: entry.applicationId },
    query: { requirement: entry.requirementCode, filename: entry.fileName },
    filePath: entry.filePath,
    name: 'file',
    timeout: TRANSFER_TIMEOUT_MS,
    onProgress: ({ sent, total }) => onProgress(sent, total || entry.size),
  });
  onProgress(entry.size, entry.size);
  return stored;
}

/** Identity videos are kept apart from materials (no application, no checklist item). */
const IDENTITY_APPLICATION = 'identity';

/**
 * Uploads the video of a video identity check, always through the resumable protocol (a phone
 * video is megabytes, recorded where the signal may be weak). `file` is {path, size, name};
 * resolves with the stored file {object_id, identity_check_id, kind, size, …}.
 */
function uploadIdentityVideo({ checkId, file, onProgress = () => {} }) {
  const entry = {
    applicationId: IDENTITY_APPLICATION,
    requirementCode: checkId,
    identityCheckId: checkId,
    filePath: file.path,
    fileName: file.name,
    size: file.size,
  };
  return once(keyOf(IDENTITY_APPLICATION, checkId), async () => pump(await openSession(entry), onProgress));
}

/**
 * Continues a stored resumable upload from wherever the server got to (HEAD first). A session
 * the server no longer knows (404: expired) is forgotten and the error is passed on.
 */
function resumeUpload(entry, onProgress = () => {}) {
  return once(keyOf(entry.applicationId, entry.requirementCode), async () => {
    let offset;
    try {
      offset = await serverOffset(entry.uploadId);
    } catch (error) {
      if (error.status === 404) forgetPending(entry.applicationId, entry.requirementCode);
      throw error;
    }
    return pump({ ...entry, offset }, onProgress);
  });
}

/** Tests replace the pause between retries. */
function setPause(fn) {
  pauseMs = fn;
}

/** Sends chunks as POST + X-HTTP-Method-Override: PATCH (see above). */
function setMethodOverride(enabled) {
  methodOverride = Boolean(enabled);
}

module.exports = {
  IDENTITY_APPLICATION,
  uploadIdentityVideo,
  RESUMABLE_THRESHOLD_BYTES,
  CHUNK_BYTES,
  MAX_CONSECUTIVE_FAILURES,
  TRANSFER_TIMEOUT_MS,
  STORAGE_KEY,
  uploadMaterial,
  resumeUpload,
  pendingUploads,
  forgetPending,
  serverOffset,
  setPause,
  setMethodOverride,
};

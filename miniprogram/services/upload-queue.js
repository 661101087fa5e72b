/*
 * The app-wide upload queue: every material file an owner picks goes through here, whichever page
 * is open. app.js starts it (onLaunch) and pokes it when WeChat comes back (onShow); pages only
 * enqueue files, subscribe to the queue's state and offer 继续上传.
 *
 * - The picked file is first copied to wx.env.USER_DATA_PATH: WeChat may clean its temp files
 *   (and does after a cold start), a user-data copy stays until we delete it — right after the
 *   API has the file, or when the API refused it for good.
 * - The queue (without the bytes) is kept in storage, so after a cold start `start()` finds the
 *   unfinished files again and carries on; large files continue from the server's offset
 *   (services/uploads.js keeps the tus session).
 * - Network drops pause an upload; `wx.onNetworkStatusChange` (connected again), App.onShow and
 *   the owner's 继续上传 resume it. Messages say what really happens next.
 */
const uploads = require('./uploads');
const { userMessage } = require('./errors');

const QUEUE_STORAGE_KEY = 'banzheng.uploadQueue';
const SAVED_DIR = 'banzheng-uploads';

const UPLOAD_STATE = Object.freeze({
  preparing: 'preparing', // copying the picked file into user data
  queued: 'queued',
  uploading: 'uploading',
  paused: 'paused',
  failed: 'failed',
  done: 'done',
});

const MESSAGES = Object.freeze({
  offline: '当前没有网络，文件已保存在手机上，联网后会自动上传',
  paused: '网络中断，已保存上传进度；网络恢复后自动继续，也可以点「继续上传」',
  fileGone: '手机上的文件已被清理，请重新选择文件上传',
  busy: '这项材料正在上传，请稍候',
});

function pausedByServer(message) {
  return `${message}。文件已保存在手机上，可以点「继续上传」重试`;
}

function keyOf(applicationId, requirementCode) {
  return `${applicationId}:${requirementCode}`;
}

function extensionOf(name) {
  const m = /\.([a-z0-9]+)$/i.exec(String(name || ''));
  return m ? m[1].toLowerCase() : 'bin';
}

function fs() {
  return wx.getFileSystemManager();
}

/** Promise wrapper for the callback-style file system manager. */
function fsCall(method, options) {
  return new Promise((resolve, reject) => {
    fs()[method]({
      ...options,
      success: resolve,
      fail: (err) => reject(new Error((err && err.errMsg) || `${method}:fail`)),
    });
  });
}

async function fileExists(path) {
  try {
    await fsCall('access', { path });
    return true;
  } catch (e) {
    return false;
  }
}

/** Whether a failure means "try again later" (no network, server busy) rather than "this file is refused". */
function isTransient(error) {
  if (!error) return false;
  if (error.isNetworkError) return true;
  const status = Number(error.status) || 0;
  return status === 408 || status === 429 || status >= 500;
}

function createUploadQueue() {
  const entries = new Map(); // key → entry (plain object, copied out to subscribers)
  const listeners = new Set();
  let online = true;
  let started = null; // the promise of the first start()
  let running = new Map(); // key → promise of the current run

  function snapshot() {
    return [...entries.values()].map((e) => ({ ...e }));
  }

  function persist() {
    const kept = {};
    entries.forEach((e, key) => {
      if (e.state !== UPLOAD_STATE.done && e.state !== UPLOAD_STATE.failed) {
        kept[key] = {
          applicationId: e.applicationId,
          requirementCode: e.requirementCode,
          fileName: e.fileName,
          size: e.size,
          path: e.path,
          saved: e.saved,
        };
      }
    });
    wx.setStorageSync(QUEUE_STORAGE_KEY, kept);
  }

  function emit(event) {
    const state = snapshot();
    listeners.forEach((listener) => listener(state, event));
  }

  function update(key, patch, event) {
    const entry = entries.get(key);
    if (!entry) return;
    Object.assign(entry, patch);
    persist();
    emit(event || { type: 'change', key });
  }

  async function savedDir() {
    const dir = `${wx.env.USER_DATA_PATH}/${SAVED_DIR}`;
    if (!(await fileExists(dir))) await fsCall('mkdir', { dirPath: dir, recursive: true });
    return dir;
  }

  /**
   * Copies the picked temp file into user data; resolves {path, saved}. When the copy fails
   * (phone storage full) the upload still runs from the temp path, but it cannot survive a cold
   * start, which `saved: false` records.
   */
  async function keepCopy(key, file) {
    try {
      const dir = await savedDir();
      const path = `${dir}/${key.replace(/[^A-Za-z0-9_-]/g, '_')}-${Date.now()}.${extensionOf(file.name || file.path)}`;
      await fsCall('copyFile', { srcPath: file.path, destPath: path });
      return { path, saved: true };
    } catch (error) {
      return { path: file.path, saved: false };
    }
  }

  async function removeCopy(entry) {
    if (!entry || !entry.saved) return;
    try {
      await fsCall('unlink', { filePath: entry.path });
    } catch (error) {
      // Already gone (cleaned by WeChat or a previous run): nothing left to remove.
      if (await fileExists(entry.path)) throw error;
    }
  }

  function progressReporter(key) {
    let last = -1;
    return (sent, total) => {
      const percent = total ? Math.min(100, Math.floor((sent / total) * 100)) : 0;
      if (percent === last) return;
      last = percent;
      update(key, { progress: percent });
    };
  }

  async function transfer(entry, onProgress) {
    const pending = uploads.pendingUploads(entry.applicationId)
      .find((p) => p.requirementCode === entry.requirementCode && p.uploadId);
    if (pending) {
      try {
        return await uploads.resumeUpload({ ...pending, filePath: entry.path }, onProgress);
      } catch (error) {
        // 404: the server let the session expire (UPLOAD_SESSION_TTL); start the file again.
        if (error.status !== 404) throw error;
      }
    }
    return uploads.uploadMaterial({
      applicationId: entry.applicationId,
      requirementCode: entry.requirementCode,
      file: { path: entry.path, size: entry.size, name: entry.fileName },
      onProgress,
    });
  }

  async function runOnce(key) {
    const entry = entries.get(key);
    if (!entry || entry.state === UPLOAD_STATE.done || entry.state === UPLOAD_STATE.failed) return entry;
    if (!online) {
      update(key, { state: UPLOAD_STATE.paused, message: MESSAGES.offline });
      return entries.get(key);
    }
    if (!(await fileExists(entry.path))) {
      uploads.forgetPending(entry.applicationId, entry.requirementCode);
      update(key, { state: UPLOAD_STATE.failed, message: MESSAGES.fileGone });
      return entries.get(key);
    }
    update(key, { state: UPLOAD_STATE.uploading, message: '' });
    try {
      const stored = await transfer(entry, progressReporter(key));
      await removeCopy(entry);
      entries.delete(key);
      persist();
      emit({
        type: 'done', key, applicationId: entry.applicationId, requirementCode: entry.requirementCode, stored,
      });
      return { ...entry, state: UPLOAD_STATE.done, progress: 100, stored };
    } catch (error) {
      if (isTransient(error)) {
        const message = error.isNetworkError ? MESSAGES.paused : pausedByServer(userMessage(error));
        update(key, { state: UPLOAD_STATE.paused, message });
      } else {
        // Refused for good (wrong type, too blurry…): the owner must pick another file.
        uploads.forgetPending(entry.applicationId, entry.requirementCode);
        await removeCopy(entry);
        update(key, { state: UPLOAD_STATE.failed, message: userMessage(error) });
      }
      return entries.get(key);
    }
  }

  /** Runs one entry; a second call while it runs joins the first. Resolves the entry as it ended. */
  function run(key) {
    if (running.has(key)) return running.get(key);
    const promise = runOnce(key).finally(() => running.delete(key));
    running.set(key, promise);
    return promise;
  }

  /**
   * Adds a picked file ({path, size, name}) for one checklist item and starts it. A newer file
   * for the same item replaces a paused or failed one. Resolves the entry as it ended (done,
   * paused or failed); pages follow it through subscribe() instead of waiting.
   */
  async function enqueue({ applicationId, requirementCode, file }) {
    const key = keyOf(applicationId, requirementCode);
    const previous = entries.get(key);
    const busy = [UPLOAD_STATE.preparing, UPLOAD_STATE.uploading];
    if (previous && (busy.includes(previous.state) || running.has(key))) {
      return { ...previous, message: MESSAGES.busy };
    }
    if (previous) {
      uploads.forgetPending(applicationId, requirementCode);
      await removeCopy(previous);
    }
    entries.set(key, {
      key,
      applicationId,
      requirementCode,
      fileName: file.name,
      size: file.size,
      path: file.path,
      saved: false,
      state: UPLOAD_STATE.preparing,
      progress: 0,
      message: '',
    });
    emit({ type: 'change', key });
    const copy = await keepCopy(key, file);
    update(key, { ...copy, state: UPLOAD_STATE.queued });
    return run(key);
  }

  /** 继续上传 (and the automatic triggers): every paused or waiting file, or one item's. */
  function resume(filter = {}) {
    const keys = [...entries.values()]
      .filter((e) => e.state === UPLOAD_STATE.paused || e.state === UPLOAD_STATE.queued)
      .filter((e) => !filter.applicationId || e.applicationId === filter.applicationId)
      .filter((e) => !filter.requirementCode || e.requirementCode === filter.requirementCode)
      .map((e) => e.key);
    return Promise.all(keys.map(run));
  }

  /** Forgets a failed entry once the page has shown its message. */
  function dismiss(key) {
    const entry = entries.get(key);
    if (entry && entry.state === UPLOAD_STATE.failed) {
      entries.delete(key);
      persist();
      emit({ type: 'change', key });
    }
  }

  function readStored() {
    const stored = wx.getStorageSync(QUEUE_STORAGE_KEY);
    return stored && typeof stored === 'object' ? stored : {};
  }

  function networkType() {
    return new Promise((resolve) => {
      wx.getNetworkType({
        success: (res) => resolve(res.networkType),
        fail: () => resolve('unknown'),
      });
    });
  }

  /**
   * Called once by app.js onLaunch: reloads the queue a previous run left (cold start), listens
   * to network changes and resumes what can go. Resolves when the first resume round ended.
   */
  async function restore() {
    Object.entries(readStored()).forEach(([key, e]) => {
      if (!entries.has(key)) {
        entries.set(key, {
          ...e, key, state: UPLOAD_STATE.queued, progress: 0, message: '',
        });
      }
    });
    wx.onNetworkStatusChange((res) => {
      online = Boolean(res && res.isConnected);
      if (online) resume();
    });
    online = (await networkType()) !== 'none';
    emit({ type: 'restored' });
    await resume();
  }

  /**
   * Called by app.js onLaunch: reloads the queue a previous run left (cold start), listens to
   * network changes and resumes what can go. Later calls join the first; resolves when its
   * first resume round ended.
   */
  function start() {
    if (!started) started = restore();
    return started;
  }

  function subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  function entriesFor(applicationId) {
    return snapshot().filter((e) => !applicationId || e.applicationId === applicationId);
  }

  /** Account deleted or consent withdrawn: drop every waiting file and its copy on the phone. */
  async function clearAll() {
    const all = [...entries.values()];
    entries.clear();
    await Promise.all(all.map(async (entry) => {
      uploads.forgetPending(entry.applicationId, entry.requirementCode);
      await removeCopy(entry);
    }));
    persist();
    emit({ type: 'cleared' });
  }

  /** Tests: forget everything in memory (storage and files stay, as after a process kill). */
  function resetForTests() {
    entries.clear();
    listeners.clear();
    running = new Map();
    online = true;
    started = null;
  }

  return {
    enqueue, resume, dismiss, clearAll, start, subscribe, entriesFor, resetForTests, isOnline: () => online,
  };
}

/** The one queue of the app (modules are singletons across pages and subpackages). */
const uploadQueue = createUploadQueue();

module.exports = {
  QUEUE_STORAGE_KEY, SAVED_DIR, UPLOAD_STATE, MESSAGES, keyOf, createUploadQueue, uploadQueue,
};

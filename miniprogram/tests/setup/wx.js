/*
 * The `wx` global for tests: in-memory storage, a fake HTTP server behind wx.request /
 * wx.uploadFile, and jest mocks for every navigation/UI API our code uses. Reset before each test.
 *
 * Fake server:  wx.__server.reply('GET', '/api/v1/me', 200, {...})        // static answer
 *               wx.__server.reply('POST', '/api/v1/x', (req) => ({ status, data, header }))
 *               wx.__server.replyOnce(...)  // consumed by the next matching call only
 *               (a handler may add `delayMs` to answer late, and `progress: [[sent, total], …]`
 *               to fire an uploadFile task's onProgressUpdate before answering)
 *               wx.__server.fail('GET', '/api/v1/me')                     // network failure
 *               wx.__server.calls                                          // [{method, path, data, header}]
 * Files:        wx.__files.add('wxfile://tmp/a.png', 3 * 1024 * 1024)  // for getFileSystemManager
 * App show:     await wx.__appShow()                                      // fires wx.onAppShow listeners
 * Network:      await wx.__network(false)                                 // fires onNetworkStatusChange
 * Privacy:      const answers = wx.__needPrivacy('chooseMedia')           // fires onNeedPrivacyAuthorization
 * Unanswered calls get 404 in the API's error shape, so a missing stub shows up as a failure.
 */
require('miniprogram-simulate'); // installs Component/Behavior and simulate's base wx APIs

function createStorage() {
  let store = {};
  return {
    getStorageSync: jest.fn((key) => (key in store ? store[key] : '')),
    setStorageSync: jest.fn((key, value) => {
      store[key] = value;
    }),
    removeStorageSync: jest.fn((key) => {
      delete store[key];
    }),
    clearStorageSync: jest.fn(() => {
      store = {};
    }),
    __dump: () => ({ ...store }),
  };
}

function createServer() {
  const routes = [];
  const server = {
    calls: [],
    reply(method, path, status, data, header) {
      routes.push({ method, path, answer: typeof status === 'function' ? status : () => ({ status, data, header }) });
      return server;
    },
    replyOnce(method, path, status, data, header) {
      routes.push({
        method, path, once: true, answer: typeof status === 'function' ? status : () => ({ status, data, header }),
      });
      return server;
    },
    fail(method, path, errMsg = 'request:fail timeout') {
      routes.push({ method, path, answer: () => ({ fail: errMsg }) });
      return server;
    },
    failOnce(method, path, errMsg = 'request:fail timeout') {
      routes.push({ method, path, once: true, answer: () => ({ fail: errMsg }) });
      return server;
    },
    callsTo(method, path) {
      return server.calls.filter((c) => c.method === method && c.path === path);
    },
    handle(req) {
      server.calls.push(req);
      // once-routes first, so a test can put one special answer in front of a standing one
      const match = (r) => r.method === req.method && r.path === req.path;
      const index = routes.findIndex((r) => r.once && match(r));
      const route = index >= 0 ? routes.splice(index, 1)[0] : routes.find((r) => !r.once && match(r));
      if (!route) {
        return { status: 404, data: { error: { code: 'NOT_FOUND', message: '未找到相关内容', details: {} } } };
      }
      return route.answer(req);
    },
  };
  return server;
}

function splitUrl(url) {
  const match = /^https?:\/\/[^/]+(\/[^?]*)(\?.*)?$/.exec(url);
  return match ? { path: match[1], query: match[2] || '' } : { path: url, query: '' };
}

function deliver(result, options, toPayload) {
  const progressListeners = [];
  // Answer asynchronously, like the real wx.request, so concurrency is observable.
  setTimeout(() => {
    (result.progress || []).forEach(([sent, total]) => progressListeners.forEach((fn) => fn({
      progress: Math.floor((sent / total) * 100), totalBytesSent: sent, totalBytesExpectedToSend: total,
    })));
    if (result.fail) {
      if (options.fail) options.fail({ errMsg: result.fail });
    } else if (options.success) {
      options.success(toPayload(result));
    }
    if (options.complete) options.complete({});
  }, result.delayMs || 0);
  return { abort: jest.fn(), onProgressUpdate: (fn) => progressListeners.push(fn) };
}

/*
 * Local files for wx.getFileSystemManager(): wx.__files.add(path, size) makes a file of `size`
 * bytes (byte i = i % 251, so any chunk can be checked); readFile honours position/length.
 */
function createFiles() {
  const files = new Map();
  const read = (filePath, position = 0, length) => {
    const size = files.get(filePath);
    if (size === undefined) throw new Error(`no such file: ${filePath}`);
    const n = Math.max(0, Math.min(length === undefined ? size : length, size - position));
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) bytes[i] = (position + i) % 251;
    return bytes.buffer;
  };
  const manager = {
    readFile: jest.fn(({
      filePath, position, length, encoding, success, fail,
    }) => setTimeout(() => {
      try {
        const data = read(filePath, position, length);
        success({ data: encoding === 'base64' ? btoa(String.fromCharCode(...new Uint8Array(data))) : data });
      } catch (e) {
        if (fail) fail({ errMsg: `readFile:fail ${e.message}` });
      }
    }, 0)),
    readFileSync: jest.fn((filePath, encoding, position, length) => read(filePath, position, length)),
    getFileInfo: jest.fn(({ filePath, success, fail }) => setTimeout(() => {
      if (files.has(filePath)) success({ size: files.get(filePath) });
      else if (fail) fail({ errMsg: `getFileInfo:fail no such file ${filePath}` });
    }, 0)),
    // wx.env.USER_DATA_PATH copies (services/upload-queue.js)
    access: jest.fn(({ path, success, fail }) => setTimeout(() => {
      if (files.has(path) || dirs.has(path)) success({});
      else if (fail) fail({ errMsg: `access:fail no such file or directory ${path}` });
    }, 0)),
    mkdir: jest.fn(({ dirPath, success, fail }) => setTimeout(() => {
      if (dirs.has(dirPath)) { if (fail) fail({ errMsg: 'mkdir:fail file already exists' }); return; }
      dirs.add(dirPath);
      success({});
    }, 0)),
    copyFile: jest.fn(({
      srcPath, destPath, success, fail,
    }) => setTimeout(() => {
      if (copyFails || !files.has(srcPath)) {
        if (fail) fail({ errMsg: `copyFile:fail ${copyFails ? 'the maximum size of the file storage limit is exceeded' : 'no such file'}` });
        return;
      }
      files.set(destPath, files.get(srcPath));
      success({});
    }, 0)),
    unlink: jest.fn(({ filePath, success, fail }) => setTimeout(() => {
      if (!files.delete(filePath)) { if (fail) fail({ errMsg: `unlink:fail no such file ${filePath}` }); return; }
      success({});
    }, 0)),
  };
  const dirs = new Set();
  let copyFails = false;
  return {
    add(filePath, size) {
      files.set(filePath, size);
      return { path: filePath, size };
    },
    has: (filePath) => files.has(filePath),
    remove: (filePath) => files.delete(filePath),
    list: () => [...files.keys()],
    failCopies: (value = true) => { copyFails = value; },
    manager,
  };
}

/* The front camera: startRecord/stopRecord answer at once; the test may set the video file. */
function createCamera(files) {
  const camera = {
    video: { path: 'wxfile://tmp/identity.mp4', size: 2 * 1024 * 1024 },
    startRecord: jest.fn((options) => setTimeout(() => options.success && options.success({}), 0)),
    stopRecord: jest.fn((options) => setTimeout(() => {
      files.add(camera.video.path, camera.video.size);
      if (options.success) options.success({ tempVideoPath: camera.video.path, tempThumbPath: 'wxfile://tmp/thumb.jpg' });
    }, 0)),
  };
  return camera;
}

/* A canvas node for <canvas type="2d">: its 2d context records every drawing call. */
function createCanvas() {
  const calls = [];
  const context = new Proxy({}, {
    get: (target, name) => (name in target ? target[name] : (...args) => calls.push([name, ...args])),
    set: (target, name, value) => { target[name] = value; return true; },
  });
  return {
    width: 0, height: 0, calls, getContext: jest.fn(() => context),
  };
}

function installWx() {
  const server = createServer();
  const storage = createStorage();
  const files = createFiles();
  const appShowListeners = new Set();
  const networkListeners = new Set();
  const network = { isConnected: true, networkType: 'wifi' };
  let privacyListener = null;
  const camera = createCamera(files);
  const canvas = createCanvas();
  const selectorQuery = {
    in: () => selectorQuery,
    select: () => selectorQuery,
    fields: () => selectorQuery,
    exec: (cb) => setTimeout(() => cb([{ node: canvas, width: 320, height: 200 }]), 0),
  };
  const base = global.__simulateWx || (global.__simulateWx = { ...global.wx });
  global.wx = {
    ...base,
    ...storage,
    __server: server,
    __files: files,
    /** Simulates WeChat coming back to the foreground. */
    __appShow: () => Promise.all([...appShowListeners].map((fn) => fn({}))),
    env: { USER_DATA_PATH: 'wxfile://usr' },
    /** Simulates the phone losing or regaining its connection (fires onNetworkStatusChange). */
    __network: (isConnected, networkType = isConnected ? 'wifi' : 'none') => {
      Object.assign(network, { isConnected, networkType });
      return Promise.all([...networkListeners].map((fn) => fn({ isConnected, networkType })));
    },
    onNetworkStatusChange: jest.fn((fn) => networkListeners.add(fn)),
    offNetworkStatusChange: jest.fn((fn) => networkListeners.delete(fn)),
    getNetworkType: jest.fn((options) => setTimeout(() => options.success({ networkType: network.networkType }), 0)),
    /** Simulates WeChat asking for privacy consent before a privacy API (returns what resolve got). */
    __needPrivacy: (referrer) => {
      const resolved = [];
      if (privacyListener) privacyListener((answer) => resolved.push(answer), { referrer });
      return resolved;
    },
    onNeedPrivacyAuthorization: jest.fn((fn) => { privacyListener = fn; }),
    openPrivacyContract: jest.fn((options) => setTimeout(() => options.success && options.success({}), 0)),
    getFileSystemManager: jest.fn(() => files.manager),
    onAppShow: jest.fn((fn) => appShowListeners.add(fn)),
    offAppShow: jest.fn((fn) => appShowListeners.delete(fn)),
    // Tests set what the owner picks: wx.chooseMedia.mockImplementation(…); default: cancelled.
    chooseMedia: jest.fn((options) => setTimeout(() => options.fail && options.fail({ errMsg: 'chooseMedia:fail cancel' }), 0)),
    chooseMessageFile: jest.fn((options) => setTimeout(() => options.fail && options.fail({ errMsg: 'chooseMessageFile:fail cancel' }), 0)),
    request: jest.fn((options) => {
      const { path, query } = splitUrl(options.url);
      const result = server.handle({
        method: (options.method || 'GET').toUpperCase(),
        url: options.url,
        path,
        query,
        data: options.data,
        header: { ...(options.header || {}) },
      });
      return deliver(result, options, (r) => ({ statusCode: r.status, data: r.data, header: r.header || {} }));
    }),
    uploadFile: jest.fn((options) => {
      const { path, query } = splitUrl(options.url);
      const result = server.handle({
        method: 'POST',
        url: options.url,
        path,
        query,
        filePath: options.filePath,
        name: options.name,
        formData: options.formData,
        header: { ...(options.header || {}) },
      });
      return deliver(result, options, (r) => ({
        statusCode: r.status,
        data: r.data === undefined ? '' : JSON.stringify(r.data),
        header: r.header || {},
      }));
    }),
    login: jest.fn((options) => setTimeout(() => options.success({ code: 'wx-login-code', errMsg: 'login:ok' }), 0)),
    showToast: jest.fn(),
    showLoading: jest.fn(),
    hideLoading: jest.fn(),
    showModal: jest.fn((options) => setTimeout(() => options.success && options.success({ confirm: true, cancel: false }), 0)),
    reLaunch: jest.fn(),
    redirectTo: jest.fn(),
    navigateTo: jest.fn(),
    navigateBack: jest.fn(),
    stopPullDownRefresh: jest.fn(),
    setNavigationBarColor: jest.fn(),
    // Identity check and e-signature pages (pages/identity/): downloads go through the fake
    // server (a 2xx answer becomes a temporary file), the camera and the signature canvas are
    // recorders the tests inspect.
    downloadFile: jest.fn((options) => {
      const { path, query } = splitUrl(options.url);
      const result = server.handle({
        method: 'GET', url: options.url, path, query, header: { ...(options.header || {}) },
      });
      return deliver(result, options, (r) => ({
        statusCode: r.status,
        tempFilePath: r.status >= 200 && r.status < 300 ? `wxfile://tmp${path.replace(/\//g, '_')}.pdf` : '',
        header: r.header || {},
      }));
    }),
    openDocument: jest.fn((options) => setTimeout(() => options.success && options.success({}), 0)),
    previewImage: jest.fn((options) => setTimeout(() => options.success && options.success({}), 0)),
    setClipboardData: jest.fn((options) => setTimeout(() => options.success && options.success({}), 0)),
    createCameraContext: jest.fn(() => camera),
    __camera: camera,
    createSelectorQuery: jest.fn(() => selectorQuery),
    __canvas: canvas,
    canvasToTempFilePath: jest.fn((options) => setTimeout(() => options.success({ tempFilePath: 'wxfile://tmp/signature.png' }), 0)),
    getWindowInfo: jest.fn(() => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 667 })),
  };
  const app = { globalData: {} };
  global.getApp = jest.fn(() => app);
  global.getCurrentPages = jest.fn(() => []);
}

installWx();

beforeEach(() => {
  installWx();
  // App-wide singletons start each test empty, as after a fresh launch.
  require('../../services/upload-queue').uploadQueue.resetForTests();
  require('../../services/privacy').reset();
});

const uploads = require('../../services/uploads');
const {
  uploadQueue, QUEUE_STORAGE_KEY, MESSAGES, UPLOAD_STATE,
} = require('../../services/upload-queue');
const { launch, show } = require('../helpers/app');
const { apiError, signIn, storedFile } = require('../helpers/fixtures');

const KB = 1024;
const MB = 1024 * 1024;
const APP = 'a-01';
const SAVED = 'wxfile://usr/banzheng-uploads/';

function savedFiles() {
  return wx.__files.list().filter((f) => f.startsWith(SAVED));
}

async function settle(times = 40) {
  for (let i = 0; i < times; i += 1) {
    // eslint-disable-next-line no-await-in-loop
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** A tus server whose link can be cut: `link.up = false` fails every call. */
function tusServer(size, { id = 'up-1' } = {}) {
  const state = { offset: 0, link: { up: true } };
  wx.__server.reply('POST', '/api/v1/uploads', () => (state.link.up ? {
    status: 201, data: { upload_id: id, offset: 0, length: size, complete: false, file: null },
  } : { fail: 'request:fail network lost' }));
  wx.__server.reply('HEAD', `/api/v1/uploads/${id}`, () => (state.link.up
    ? { status: 200, data: '', header: { 'Upload-Offset': String(state.offset) } }
    : { fail: 'request:fail network lost' }));
  wx.__server.reply('PATCH', `/api/v1/uploads/${id}`, (req) => {
    if (!state.link.up) return { fail: 'request:fail network lost' };
    state.offset += req.data.byteLength;
    if (state.cutAfter && state.offset >= state.cutAfter) {
      state.link.up = false; // one drop only
      state.cutAfter = 0;
    }
    const complete = state.offset === size;
    return {
      status: 200,
      data: {
        offset: state.offset, length: size, complete, file: complete ? storedFile('owner_id_card') : null,
      },
    };
  });
  return state;
}

beforeEach(() => {
  signIn();
  uploads.setPause(() => Promise.resolve());
  uploads.setMethodOverride(false);
});

describe('upload queue (app level)', () => {
  test('keeps a copy in USER_DATA_PATH while uploading and removes it once the API has the file', async () => {
    await launch();
    wx.__files.add('wxfile://tmp/id.jpg', 200 * KB);
    wx.__server.reply('POST', `/api/v1/applications/${APP}/materials`, 201, storedFile('owner_id_card'));
    const events = [];
    uploadQueue.subscribe((entries, event) => events.push(event.type));
    const done = await uploadQueue.enqueue({
      applicationId: APP, requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/id.jpg', size: 200 * KB, name: '照片.jpg' },
    });
    expect(done.state).toBe(UPLOAD_STATE.done);
    const [call] = wx.__server.callsTo('POST', `/api/v1/applications/${APP}/materials`);
    expect(call.filePath.startsWith(SAVED)).toBe(true); // sent from the user-data copy, not the temp file
    expect(savedFiles()).toEqual([]);
    expect(wx.getStorageSync(QUEUE_STORAGE_KEY)).toEqual({});
    expect(events).toContain('done');
  });

  test('network change: a drop pauses with an honest message; reconnecting resumes from the server offset', async () => {
    await launch();
    const size = Math.round(1.5 * MB);
    const server = tusServer(size);
    server.cutAfter = 512 * KB;
    wx.__files.add('wxfile://tmp/big.jpg', size);
    const paused = await uploadQueue.enqueue({
      applicationId: APP, requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/big.jpg', size, name: '照片.jpg' },
    });
    expect(paused.state).toBe(UPLOAD_STATE.paused);
    expect(paused.message).toBe(MESSAGES.paused);
    expect(paused.message).not.toContain('回到小程序');
    expect(paused.progress).toBe(33);
    expect(savedFiles()).toHaveLength(1);

    await wx.__network(false);
    server.link.up = true;
    wx.__server.calls.length = 0;
    await wx.__network(true); // the owner never left the app
    await settle();
    expect(wx.__server.calls.map((c) => `${c.method} ${c.header['Upload-Offset'] || ''}`.trim()))
      .toEqual(['HEAD', `PATCH ${512 * KB}`, `PATCH ${1024 * KB}`]);
    expect(uploadQueue.entriesFor(APP)).toEqual([]);
    expect(savedFiles()).toEqual([]);
  });

  test('offline when picked: waits with the offline message and starts when the network returns', async () => {
    await launch();
    await wx.__network(false);
    wx.__files.add('wxfile://tmp/id.jpg', 100 * KB);
    wx.__server.reply('POST', `/api/v1/applications/${APP}/materials`, 201, storedFile('owner_id_card'));
    const waiting = await uploadQueue.enqueue({
      applicationId: APP, requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/id.jpg', size: 100 * KB, name: 'a.jpg' },
    });
    expect(waiting).toMatchObject({ state: UPLOAD_STATE.paused, message: MESSAGES.offline });
    expect(wx.__server.calls).toHaveLength(0);
    await wx.__network(true);
    await settle();
    expect(wx.__server.callsTo('POST', `/api/v1/applications/${APP}/materials`)).toHaveLength(1);
    expect(uploadQueue.entriesFor()).toEqual([]);
  });

  test('cold start: the queue and the user-data copy survive; onLaunch resumes the upload', async () => {
    await launch();
    const size = Math.round(1.5 * MB);
    const server = tusServer(size);
    server.cutAfter = 512 * KB;
    wx.__files.add('wxfile://tmp/big.jpg', size);
    await uploadQueue.enqueue({
      applicationId: APP, requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/big.jpg', size, name: '照片.jpg' },
    });
    expect(Object.keys(wx.getStorageSync(QUEUE_STORAGE_KEY))).toEqual([`${APP}:owner_id_card`]);

    // WeChat kills the process and cleans its temp files; storage and user data stay.
    uploadQueue.resetForTests();
    wx.__files.remove('wxfile://tmp/big.jpg');
    server.link.up = true;
    wx.__server.calls.length = 0;
    await launch();
    await settle();
    expect(wx.__server.calls.map((c) => `${c.method} ${c.header['Upload-Offset'] || ''}`.trim()))
      .toEqual(['HEAD', `PATCH ${512 * KB}`, `PATCH ${1024 * KB}`]);
    expect(server.offset).toBe(size);
    expect(savedFiles()).toEqual([]);
    expect(wx.getStorageSync(QUEUE_STORAGE_KEY)).toEqual({});
  });

  test('cold start with the copy gone: the item says to pick the file again', async () => {
    wx.setStorageSync(QUEUE_STORAGE_KEY, {
      [`${APP}:owner_id_card`]: {
        applicationId: APP, requirementCode: 'owner_id_card', fileName: 'a.jpg', size: 10, path: `${SAVED}gone.jpg`, saved: true,
      },
    });
    await launch();
    await settle();
    expect(uploadQueue.entriesFor(APP)).toEqual([expect.objectContaining({ state: UPLOAD_STATE.failed, message: MESSAGES.fileGone })]);
    expect(wx.__server.calls).toHaveLength(0);
  });

  test('App.onShow resumes what paused on a server hiccup', async () => {
    await launch();
    wx.__files.add('wxfile://tmp/id.jpg', 100 * KB);
    wx.__server.replyOnce('POST', `/api/v1/applications/${APP}/materials`, 503, apiError('SERVICE_UNAVAILABLE', '服务暂时不可用'));
    wx.__server.reply('POST', `/api/v1/applications/${APP}/materials`, 201, storedFile('owner_id_card'));
    const paused = await uploadQueue.enqueue({
      applicationId: APP, requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/id.jpg', size: 100 * KB, name: 'a.jpg' },
    });
    expect(paused.state).toBe(UPLOAD_STATE.paused);
    expect(paused.message).toContain('继续上传');
    await show();
    await settle();
    expect(uploadQueue.entriesFor()).toEqual([]);
  });

  test('a refused file is not retried: the message stays, the copy is deleted', async () => {
    await launch();
    wx.__files.add('wxfile://tmp/x.png', 20 * KB);
    wx.__server.reply('POST', `/api/v1/applications/${APP}/materials`, 422,
      apiError('IMAGE_TOO_SMALL', '照片分辨率太低，请靠近拍摄后重新上传'));
    const failed = await uploadQueue.enqueue({
      applicationId: APP, requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/x.png', size: 20 * KB, name: 'x.png' },
    });
    expect(failed).toMatchObject({ state: UPLOAD_STATE.failed, message: '照片分辨率太低，请靠近拍摄后重新上传' });
    expect(savedFiles()).toEqual([]);
    await wx.__network(true);
    await settle();
    expect(wx.__server.callsTo('POST', `/api/v1/applications/${APP}/materials`)).toHaveLength(1);
  });

  test('when the phone has no room for a copy, the upload still runs from the temp file', async () => {
    await launch();
    wx.__files.failCopies();
    wx.__files.add('wxfile://tmp/id.jpg', 100 * KB);
    wx.__server.reply('POST', `/api/v1/applications/${APP}/materials`, 201, storedFile('owner_id_card'));
    const done = await uploadQueue.enqueue({
      applicationId: APP, requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/id.jpg', size: 100 * KB, name: 'a.jpg' },
    });
    expect(done.state).toBe(UPLOAD_STATE.done);
    expect(wx.__server.callsTo('POST', `/api/v1/applications/${APP}/materials`)[0].filePath).toBe('wxfile://tmp/id.jpg');
    expect(wx.__files.has('wxfile://tmp/id.jpg')).toBe(true); // WeChat's temp file is not ours to delete
  });
});

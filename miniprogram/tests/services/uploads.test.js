const uploads = require('../../services/uploads');
const { base64Utf8 } = require('../../utils/base64');
const { apiError, signIn, storedFile } = require('../helpers/fixtures');

const KB = 1024;
const MB = 1024 * 1024;
const APP = 'a-01';

function bytesOf(data) {
  return new Uint8Array(data);
}

/** A tus server in the fake: keeps the offset, answers POST/HEAD/PATCH like the API. */
function tusServer({ id = 'up-1', file = storedFile('owner_id_card') } = {}) {
  const state = { offset: 0, length: 0, bodies: [] };
  wx.__server.reply('POST', '/api/v1/uploads', (req) => {
    state.length = Number(req.header['Upload-Length']);
    return {
      status: 201,
      data: {
        upload_id: id, offset: 0, length: state.length, complete: false, file: null,
      },
      header: { Location: `/api/v1/uploads/${id}`, 'Upload-Offset': '0' },
    };
  });
  wx.__server.reply('HEAD', `/api/v1/uploads/${id}`, () => ({
    status: 200, data: '', header: { 'Upload-Offset': String(state.offset), 'Upload-Length': String(state.length) },
  }));
  wx.__server.reply('PATCH', `/api/v1/uploads/${id}`, (req) => {
    const offset = Number(req.header['Upload-Offset']);
    if (offset !== state.offset) {
      return { status: 409, data: apiError('UPLOAD_OFFSET_MISMATCH', '上传位置不一致', { offset: state.offset }) };
    }
    const body = bytesOf(req.data);
    state.bodies.push({ offset, body });
    state.offset += body.length;
    const complete = state.offset === state.length;
    return {
      status: 200,
      data: {
        offset: state.offset, length: state.length, complete, file: complete ? file : null,
      },
    };
  });
  return state;
}

beforeEach(() => {
  signIn();
  uploads.setPause(() => Promise.resolve());
  uploads.setMethodOverride(false); // these tests speak plain tus PATCH; the override has its own test
});

describe('uploads: small files in one request', () => {
  test('POST /applications/{id}/materials?requirement&filename, multipart field "file", with progress', async () => {
    wx.__server.reply('POST', `/api/v1/applications/${APP}/materials`, () => ({
      status: 201, data: storedFile('purchase_contract', { kind: 'pdf' }), progress: [[300 * KB, 600 * KB]],
    }));
    const seen = [];
    const stored = await uploads.uploadMaterial({
      applicationId: APP,
      requirementCode: 'purchase_contract',
      file: { path: 'wxfile://tmp/contract.pdf', size: 600 * KB, name: '购房合同.pdf' },
      onProgress: (sent, total) => seen.push([sent, total]),
    });
    expect(stored.object_id).toBe('o-purchase_contract');
    const [call] = wx.__server.calls;
    expect(wx.uploadFile).toHaveBeenCalledTimes(1);
    expect(call.query).toBe(`?requirement=purchase_contract&filename=${encodeURIComponent('购房合同.pdf')}`);
    expect(call.name).toBe('file');
    expect(call.filePath).toBe('wxfile://tmp/contract.pdf');
    expect(call.header.Authorization).toBe('Bearer access-1');
    expect(seen).toEqual([[0, 600 * KB], [300 * KB, 600 * KB], [600 * KB, 600 * KB]]);
    expect(wx.uploadFile.mock.calls[0][0].timeout).toBe(uploads.TRANSFER_TIMEOUT_MS);
  });

  test('a refused file surfaces the API message', async () => {
    wx.__server.reply('POST', `/api/v1/applications/${APP}/materials`, 422,
      apiError('MATERIAL_TYPE_NOT_ACCEPTED', '文件内容不是 JPG/PNG 图片，请重新拍照上传'));
    await expect(uploads.uploadMaterial({
      applicationId: APP, requirementCode: 'owner_id_card', file: { path: 'wxfile://tmp/x.png', size: 10, name: 'x.png' },
    })).rejects.toMatchObject({ status: 422, message: '文件内容不是 JPG/PNG 图片，请重新拍照上传' });
  });
});

describe('uploads: large files resumable (tus 1.0)', () => {
  test('opens a session with tus headers and sends 512 KB chunks in order', async () => {
    const server = tusServer();
    const file = wx.__files.add('wxfile://tmp/id.png', Math.round(1.3 * MB));
    const seen = [];
    const stored = await uploads.uploadMaterial({
      applicationId: APP, requirementCode: 'owner_id_card', file: { ...file, name: '身份证.png' }, onProgress: (s) => seen.push(s),
    });
    expect(stored.requirement_code).toBe('owner_id_card');

    const [create] = wx.__server.callsTo('POST', '/api/v1/uploads');
    expect(create.header['Tus-Resumable']).toBe('1.0.0');
    expect(create.header['Upload-Length']).toBe(String(file.size));
    expect(create.header['Upload-Metadata']).toBe(
      `application_id ${base64Utf8(APP)},requirement ${base64Utf8('owner_id_card')},filename ${base64Utf8('身份证.png')}`,
    );
    expect(create.header.Authorization).toBe('Bearer access-1');

    const patches = wx.__server.callsTo('PATCH', '/api/v1/uploads/up-1');
    expect(patches.map((p) => p.header['Upload-Offset'])).toEqual(['0', String(512 * KB), String(1024 * KB)]);
    patches.forEach((p) => {
      expect(p.header['Content-Type']).toBe('application/offset+octet-stream');
      expect(p.header['content-type']).toBeUndefined();
      expect(p.header['Tus-Resumable']).toBe('1.0.0');
    });
    expect(server.bodies.map((b) => b.body.length)).toEqual([512 * KB, 512 * KB, file.size - 1024 * KB]);
    const patchOptions = wx.request.mock.calls.map(([o]) => o).filter((o) => o.method === 'PATCH');
    patchOptions.forEach((o) => expect(o.timeout).toBe(uploads.TRANSFER_TIMEOUT_MS));
    expect(wx.request.mock.calls.find(([o]) => o.method === 'POST')[0].timeout).toBe(15000);
    // the bytes are the file's bytes at that position
    expect(server.bodies[1].body[0]).toBe((512 * KB) % 251);
    expect(seen).toEqual([0, 512 * KB, 1024 * KB, file.size]);
    expect(uploads.pendingUploads(APP)).toEqual([]);
  });

  test('after a dropped chunk it asks HEAD and continues from the server\'s offset', async () => {
    const server = tusServer();
    const file = wx.__files.add('wxfile://tmp/id.png', 2 * MB);
    // The second chunk's answer is lost, but the server had stored 100 KB of it.
    let patches = 0;
    wx.__server.replyOnce('PATCH', '/api/v1/uploads/up-1', (req) => {
      patches += 1;
      const body = bytesOf(req.data);
      server.bodies.push({ offset: server.offset, body: body.subarray(0, 512 * KB) });
      server.offset += 512 * KB;
      return {
        status: 200,
        data: {
          offset: server.offset, length: server.length, complete: false, file: null,
        },
      };
    });
    wx.__server.replyOnce('PATCH', '/api/v1/uploads/up-1', (req) => {
      patches += 1;
      server.offset += 100 * KB; // partially stored before the connection died
      return { fail: 'request:fail socket closed', data: req };
    });
    const stored = await uploads.uploadMaterial({
      applicationId: APP, requirementCode: 'owner_id_card', file: { ...file, name: 'id.png' },
    });
    expect(patches).toBe(2);
    expect(stored).toBeTruthy();
    const calls = wx.__server.calls.map((c) => `${c.method} ${c.header['Upload-Offset'] || ''}`.trim());
    expect(calls).toEqual([
      'POST',
      'PATCH 0',
      `PATCH ${512 * KB}`, // dropped
      'HEAD',
      `PATCH ${612 * KB}`, // from the server's offset, not the chunk boundary
      `PATCH ${1124 * KB}`,
      `PATCH ${1636 * KB}`,
    ]);
    expect(server.offset).toBe(2 * MB);
  });

  test('409 UPLOAD_OFFSET_MISMATCH resumes from details.offset', async () => {
    const server = tusServer();
    const file = wx.__files.add('wxfile://tmp/id.png', Math.round(1.2 * MB));
    wx.__server.replyOnce('PATCH', '/api/v1/uploads/up-1', () => {
      server.offset = 50 * KB; // e.g. another tab already sent these bytes
      return { status: 409, data: apiError('UPLOAD_OFFSET_MISMATCH', '上传位置不一致', { offset: 50 * KB }) };
    });
    await uploads.uploadMaterial({ applicationId: APP, requirementCode: 'owner_id_card', file: { ...file, name: 'id.png' } });
    const offsets = wx.__server.callsTo('PATCH', '/api/v1/uploads/up-1').map((c) => c.header['Upload-Offset']);
    expect(offsets.slice(0, 2)).toEqual(['0', String(50 * KB)]);
    expect(wx.__server.callsTo('HEAD', '/api/v1/uploads/up-1')).toHaveLength(0);
  });

  test('when the network stays down it stops, keeps the session, and resumeUpload continues via HEAD', async () => {
    const server = tusServer();
    const file = wx.__files.add('wxfile://tmp/id.png', Math.round(1.5 * MB));
    wx.__server.replyOnce('PATCH', '/api/v1/uploads/up-1', (req) => {
      server.bodies.push({ offset: 0, body: bytesOf(req.data) });
      server.offset = 512 * KB;
      return { status: 200, data: { offset: server.offset, length: server.length, complete: false } };
    });
    wx.__server.failOnce('PATCH', '/api/v1/uploads/up-1');
    for (let i = 0; i < uploads.MAX_CONSECUTIVE_FAILURES; i += 1) {
      wx.__server.replyOnce('HEAD', '/api/v1/uploads/up-1', () => ({ status: 200, data: '', header: { 'Upload-Offset': String(server.offset) } }));
      wx.__server.failOnce('PATCH', '/api/v1/uploads/up-1');
    }
    await expect(uploads.uploadMaterial({
      applicationId: APP, requirementCode: 'owner_id_card', file: { ...file, name: 'id.png' },
    })).rejects.toMatchObject({ code: 'NETWORK_ERROR', message: '网络不给力，请稍后重试' });

    const [pending] = uploads.pendingUploads(APP);
    expect(pending).toMatchObject({
      uploadId: 'up-1', requirementCode: 'owner_id_card', offset: 512 * KB, size: file.size,
    });

    // Back online (the page calls this from wx.onAppShow).
    wx.__server.calls.length = 0;
    const stored = await uploads.resumeUpload(pending);
    expect(stored.requirement_code).toBe('owner_id_card');
    expect(wx.__server.calls.map((c) => `${c.method} ${c.header['Upload-Offset'] || ''}`.trim()))
      .toEqual(['HEAD', `PATCH ${512 * KB}`, `PATCH ${1024 * KB}`]);
    expect(uploads.pendingUploads(APP)).toEqual([]);
  });

  test('with the method override on, chunks go as POST + X-HTTP-Method-Override: PATCH (wx.request has no PATCH)', async () => {
    const file = wx.__files.add('wxfile://tmp/id.png', Math.round(1.1 * MB));
    wx.__server.reply('POST', '/api/v1/uploads', 201, {
      upload_id: 'up-2', offset: 0, length: file.size, complete: false, file: null,
    });
    let offset = 0;
    wx.__server.reply('POST', '/api/v1/uploads/up-2', (req) => {
      offset += req.data.byteLength;
      return { status: 200, data: { offset, length: file.size, complete: offset === file.size, file: offset === file.size ? storedFile('owner_id_card') : null } };
    });
    uploads.setMethodOverride(true);
    try {
      await uploads.uploadMaterial({ applicationId: APP, requirementCode: 'owner_id_card', file: { ...file, name: 'id.png' } });
    } finally {
      uploads.setMethodOverride(false);
    }
    const chunks = wx.__server.callsTo('POST', '/api/v1/uploads/up-2');
    expect(chunks).toHaveLength(3);
    chunks.forEach((c) => expect(c.header['X-HTTP-Method-Override']).toBe('PATCH'));
    expect(wx.__server.callsTo('PATCH', '/api/v1/uploads/up-2')).toHaveLength(0);
  });

  test('an expired session (HEAD 404) is forgotten and the message shown', async () => {
    wx.setStorageSync(uploads.STORAGE_KEY, {
      [`${APP}:owner_id_card`]: {
        applicationId: APP, requirementCode: 'owner_id_card', uploadId: 'gone', filePath: 'x', fileName: 'x.png', size: 2 * MB, offset: 0,
      },
    });
    wx.__server.reply('HEAD', '/api/v1/uploads/gone', 404, apiError('UPLOAD_NOT_FOUND', '上传已过期，请重新选择文件'));
    const [pending] = uploads.pendingUploads(APP);
    await expect(uploads.resumeUpload(pending)).rejects.toMatchObject({ message: '上传已过期，请重新选择文件' });
    expect(uploads.pendingUploads(APP)).toEqual([]);
  });
});

describe('base64 of UTF-8', () => {
  test('matches node for ASCII and Chinese', () => {
    ['a', 'ab', 'abc', 'owner_id_card', '身份证正面.png', '😀.jpg'].forEach((s) => {
      expect(base64Utf8(s)).toBe(Buffer.from(s, 'utf8').toString('base64'));
    });
  });
});

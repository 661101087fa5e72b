const { render, flush } = require('../helpers/simulate');
const {
  house, apiError, signIn, applicationType, applicationDetail, storedFile,
} = require('../helpers/fixtures');
const uploads = require('../../services/uploads');
const { launch } = require('../helpers/app');

const KB = 1024;
const MB = 1024 * 1024;

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

function tap(comp, selector, index = 0) {
  const nodes = comp.querySelectorAll(selector);
  if (!nodes[index]) throw new Error(`nothing matches ${selector} [${index}]`);
  nodes[index].dispatchEvent('tap');
}

/** Row positions in applicationDetail(): owner_id_card, purchase_contract, purchase_invoice, marital_status. */
const ROW = {
  owner_id_card: 0, purchase_contract: 1, purchase_invoice: 2, marital_status: 3,
};

function itemText(page, code) {
  const node = page.querySelectorAll('#materials >>> .material')[ROW[code]];
  return node ? node.dom.textContent : null;
}

function pickPhoto(path, size) {
  if (!wx.__files.has(path)) wx.__files.add(path, size);
  wx.chooseMedia.mockImplementation((o) => setTimeout(() => o.success({ tempFiles: [{ tempFilePath: path, size, fileType: 'image' }] }), 0));
}

async function openWizard(query = { application_id: 'a-01' }) {
  const page = render('pages/apply/index');
  await page.instance.onLoad(query);
  await flush();
  return page;
}

beforeEach(async () => {
  await launch();
  signIn();
  uploads.setPause(() => Promise.resolve());
  uploads.setMethodOverride(false); // these tests speak plain tus PATCH; the override has its own test
  wx.__server.reply('GET', '/api/v1/application-types', 200, { items: [applicationType()] });
});

describe('apply page: pick house and type', () => {
  test('lists my houses and the types, then creates the draft with POST /applications', async () => {
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house(), house({ id: 'h-02', community_name: '阳光花园' })] });
    wx.__server.reply('POST', '/api/v1/applications', 201, applicationDetail({ id: 'a-09' }));
    wx.__server.reply('GET', '/api/v1/applications/a-09', 200, applicationDetail({ id: 'a-09' }));
    const page = await openWizard({});
    expect(page.querySelectorAll('.choice')).toHaveLength(3);
    expect(text(page, '#house-h-02')).toContain('阳光花园');

    tap(page, '#house-h-02');
    tap(page, '#start >>> .t-button');
    await flush();
    expect(wx.__server.callsTo('POST', '/api/v1/applications')[0].data).toEqual({ house_id: 'h-02', type: 'transfer_registration', home_count: 1 });
    expect(page.querySelectorAll('#materials >>> .material')).toHaveLength(4);
  });

  test('the optional contract price and home count go to the API; a bad price is refused first', async () => {
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    wx.__server.reply('POST', '/api/v1/applications', 201, applicationDetail());
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    const page = await openWizard({});
    page.querySelector('#contract-price').dispatchEvent('input', { detail: { value: '90万' } });
    tap(page, '#start >>> .t-button');
    await flush();
    expect(text(page, '#pick-error')).toBe('合同总价请填写金额（元），最多两位小数');
    expect(wx.__server.callsTo('POST', '/api/v1/applications')).toHaveLength(0);

    page.querySelector('#contract-price').dispatchEvent('input', { detail: { value: '900,000.50' } });
    tap(page, '.pill', 1);
    tap(page, '#start >>> .t-button');
    await flush();
    expect(wx.__server.callsTo('POST', '/api/v1/applications')[0].data).toEqual({
      house_id: 'h-01', type: 'transfer_registration', contract_price: '900000.50', home_count: 2,
    });
  });

  test('an existing open application is opened instead, with a notice', async () => {
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    wx.__server.reply('POST', '/api/v1/applications', 409, apiError('APPLICATION_EXISTS', '已有办理中的申请', { application_id: 'a-01' }));
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    const page = await openWizard({});
    tap(page, '#start >>> .t-button');
    await flush();
    expect(text(page, '#notice')).toContain('已为您打开');
  });

  test('a refused creation shows the API message', async () => {
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    wx.__server.reply('POST', '/api/v1/applications', 409, apiError('HOUSE_NOT_ELIGIBLE', '该房屋尚未完成首次登记，暂不能申请'));
    const page = await openWizard({});
    tap(page, '#start >>> .t-button');
    await flush();
    expect(text(page, '#pick-error')).toBe('该房屋尚未完成首次登记，暂不能申请');
  });
});

describe('apply page: materials', () => {
  test('shows each item with required/deferrable tags and the ways to provide it', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    const page = await openWizard();
    expect(itemText(page, 'owner_id_card')).toContain('必交');
    expect(itemText(page, 'purchase_invoice')).toContain('可容缺');
    // ID card: photos only; the contract may also be a PDF from a chat
    expect(itemText(page, 'owner_id_card')).not.toContain('聊天中的PDF');
    expect(itemText(page, 'owner_id_card')).toContain('拍照');
    expect(itemText(page, 'purchase_contract')).toContain('聊天中的PDF');
    expect(itemText(page, 'marital_status')).toContain('用告知承诺书代替');
    expect(itemText(page, 'purchase_invoice')).not.toContain('用告知承诺书代替');
    expect(text(page, '#missing')).toContain('申请人身份证、商品房买卖合同');
  });

  test('camera → small photo → one-shot upload with a progress bar, then the item shows 已提交', async () => {
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({}, { owner_id_card: 'provided' }));
    let progressSeen = null;
    wx.__server.reply('POST', '/api/v1/applications/a-01/materials', () => ({
      status: 201, data: storedFile('owner_id_card'), progress: [[150 * KB, 300 * KB]], delayMs: 5,
    }));
    pickPhoto('wxfile://tmp/id-front.jpg', 300 * KB);
    const page = await openWizard();
    const render0 = page.instance.render.bind(page.instance);
    page.instance.render = (extra) => {
      render0(extra);
      const bar = page.querySelectorAll('#materials >>> .material__bar')[0];
      if (bar && progressSeen === null && page.instance.data.view.rows[0].progress === 50) progressSeen = 50;
    };

    tap(page, '#materials >>> .choose-camera >>> .t-button', ROW.owner_id_card);
    await flush(20);

    expect(wx.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ mediaType: ['image'], sourceType: ['camera'], count: 1 }));
    const [call] = wx.__server.callsTo('POST', '/api/v1/applications/a-01/materials');
    expect(call.query).toBe(`?requirement=owner_id_card&filename=${encodeURIComponent('照片.jpg')}`);
    expect(call.name).toBe('file');
    expect(call.header.Authorization).toBe('Bearer access-1');
    expect(progressSeen).toBe(50);
    expect(itemText(page, 'owner_id_card')).toContain('已提交');
    expect(page.instance.data.view.rows[ROW.owner_id_card].progress).toBe(100);
  });

  test('a PDF from a chat goes to the contract; a file of the wrong type is refused before uploading', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    wx.__server.reply('POST', '/api/v1/applications/a-01/materials', 201, storedFile('purchase_contract', { kind: 'pdf' }));
    wx.__files.add('wxfile://tmp/c.pdf', 200 * KB);
    wx.chooseMessageFile.mockImplementation((o) => setTimeout(() => o.success({
      tempFiles: [{
        path: 'wxfile://tmp/c.pdf', size: 200 * KB, name: '合同.pdf', type: 'file',
      }],
    }), 0));
    const page = await openWizard();
    tap(page, '#materials >>> .choose-chat >>> .t-button', 0); // the first item offering PDF: the contract
    await flush(20);
    expect(wx.chooseMessageFile).toHaveBeenCalledWith(expect.objectContaining({ type: 'file', extension: ['pdf'] }));
    expect(wx.__server.callsTo('POST', '/api/v1/applications/a-01/materials')[0].query).toContain('requirement=purchase_contract');

    pickPhoto('wxfile://tmp/scan.gif', 10 * KB);
    tap(page, '#materials >>> .choose-album >>> .t-button', ROW.owner_id_card);
    await flush(20);
    expect(itemText(page, 'owner_id_card')).toContain('只接受 JPG / PNG 格式的文件');
    expect(wx.__server.callsTo('POST', '/api/v1/applications/a-01/materials')).toHaveLength(1);
  });

  test('the API refusal (422) is shown on the item', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    wx.__server.reply('POST', '/api/v1/applications/a-01/materials', 422,
      apiError('IMAGE_TOO_SMALL', '照片分辨率太低（短边不足 600 像素），请靠近拍摄后重新上传'));
    pickPhoto('wxfile://tmp/small.png', 20 * KB);
    const page = await openWizard();
    tap(page, '#materials >>> .choose-album >>> .t-button', ROW.owner_id_card);
    await flush(20);
    expect(itemText(page, 'owner_id_card')).toContain('照片分辨率太低（短边不足 600 像素），请靠近拍摄后重新上传');
  });

  test('a large photo goes resumable; a network drop pauses it honestly and reconnecting resumes via HEAD', async () => {
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({}, { owner_id_card: 'provided' }));
    const size = Math.round(1.5 * MB);
    pickPhoto('wxfile://tmp/big.jpg', size);
    let offset = 0;
    wx.__server.reply('POST', '/api/v1/uploads', 201, {
      upload_id: 'up-9', offset: 0, length: size, complete: false, file: null,
    });
    let online = true;
    wx.__server.reply('HEAD', '/api/v1/uploads/up-9', () => (online
      ? { status: 200, data: '', header: { 'Upload-Offset': String(offset) } }
      : { fail: 'request:fail network lost' }));
    let dropped = false;
    wx.__server.reply('PATCH', '/api/v1/uploads/up-9', (req) => {
      if (!online) return { fail: 'request:fail network lost' };
      expect(Number(req.header['Upload-Offset'])).toBe(offset);
      offset += req.data.byteLength;
      if (!dropped) {
        dropped = true;
        online = false; // the lift doors close after the first chunk
      }
      return {
        status: 200,
        data: {
          offset, length: size, complete: offset === size, file: offset === size ? storedFile('owner_id_card') : null,
        },
      };
    });
    const page = await openWizard();
    tap(page, '#materials >>> .choose-camera >>> .t-button', ROW.owner_id_card);
    await flush(60);
    const paused = itemText(page, 'owner_id_card');
    expect(paused).toContain('网络中断，已保存上传进度；网络恢复后自动继续，也可以点「继续上传」');
    expect(paused).not.toContain('回到小程序');
    expect(page.querySelector('#materials >>> .resume')).toBeDefined();
    expect(text(page, '#uploads >>> #upload-banner')).toContain('有 1 个文件还没传完');
    expect(page.instance.data.view.rows[ROW.owner_id_card].progress).toBe(33);
    // the file waits in user data, not in WeChat's temp folder
    expect(wx.__files.list().filter((f) => f.startsWith('wxfile://usr/banzheng-uploads/'))).toHaveLength(1);

    online = true;
    wx.__server.calls.length = 0;
    await wx.__network(true); // wx.onNetworkStatusChange: connected again, while still in the app
    await flush(40);
    expect(wx.__server.calls.map((c) => `${c.method} ${c.header['Upload-Offset'] || ''}`.trim()))
      .toEqual(['HEAD', `PATCH ${512 * KB}`, `PATCH ${1024 * KB}`, 'GET']);
    expect(itemText(page, 'owner_id_card')).toContain('已提交');
    expect(itemText(page, 'owner_id_card')).not.toContain('网络中断');
    expect(page.querySelector('#uploads >>> #upload-banner')).toBeUndefined();
    expect(wx.__files.list().filter((f) => f.startsWith('wxfile://usr/'))).toEqual([]);
  });

  test('继续上传 on the item resumes a paused upload at once', async () => {
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({}, { owner_id_card: 'provided' }));
    wx.__server.failOnce('POST', '/api/v1/applications/a-01/materials');
    wx.__server.reply('POST', '/api/v1/applications/a-01/materials', 201, storedFile('owner_id_card'));
    pickPhoto('wxfile://tmp/id.jpg', 200 * KB);
    const page = await openWizard();
    tap(page, '#materials >>> .choose-camera >>> .t-button', ROW.owner_id_card);
    await flush(40);
    expect(itemText(page, 'owner_id_card')).toContain('继续上传');
    tap(page, '#materials >>> .resume >>> .t-button');
    await flush(40);
    expect(wx.__server.callsTo('POST', '/api/v1/applications/a-01/materials')).toHaveLength(2);
    expect(itemText(page, 'owner_id_card')).toContain('已提交');
  });

  test('用告知承诺书代替 asks for confirmation, then POSTs the commitment', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    wx.__server.reply('POST', '/api/v1/applications/a-01/commitments', 200, applicationDetail({}, { marital_status: 'commitment' }));
    const page = await openWizard();
    tap(page, '#materials >>> .commit >>> .t-button', 0);
    await flush(20);
    expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '签署告知承诺书' }));
    expect(wx.__server.callsTo('POST', '/api/v1/applications/a-01/commitments')[0].data).toEqual({ requirement_code: 'marital_status' });
    expect(itemText(page, 'marital_status')).toContain('告知承诺代替');
  });
});

describe('apply page: submit', () => {
  const ready = () => applicationDetail({}, { owner_id_card: 'provided', purchase_contract: 'provided' });

  test('submit is disabled while a core item is missing', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    const page = await openWizard();
    tap(page, '#submit >>> .t-button');
    await flush();
    expect(wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit')).toHaveLength(0);
  });

  test('a queued submission shows its position and wait, then every pre-review problem at once', async () => {
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 200, ready());
    const returned = applicationDetail({
      status: 'supplement_required',
      status_label: '待补正材料',
      next_actions: [
        { code: 'supplement', requirement_code: 'owner_id_card', label: '身份证照片模糊，请重新拍摄' },
        { code: 'supplement', requirement_code: 'purchase_contract', label: '合同缺少第 3 页' },
        { code: 'submit', label: '补正后重新提交' },
      ],
    }, { owner_id_card: 'provided', purchase_contract: 'provided' });
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, returned);
    wx.__server.reply('POST', '/api/v1/applications/a-01/submit', 202, {
      ticket: 'submit:a-01:3', state: 'queued', position: 4, application_id: 'a-01', application_status: 'draft', estimated_wait_seconds: 0.01,
    });
    let polls = 0;
    wx.__server.reply('GET', '/api/v1/tickets/submit:a-01:3', () => {
      polls += 1;
      return { status: 200, data: { ticket: 'submit:a-01:3', state: polls < 2 ? 'queued' : 'done', position: polls < 2 ? 2 : null } };
    });
    const applications = require('../../services/applications');
    const realWait = applications.waitForTicket;
    const seenTickets = [];
    const page = await openWizard();
    page.instance.setData = ((orig) => function patched(data, cb) {
      if (data.ticket) seenTickets.push(data.ticket);
      return orig.call(this, data, cb);
    })(page.instance.setData);
    jest.spyOn(applications, 'waitForTicket').mockImplementation((t, o) => realWait(t, { ...o, pollMs: 1, sleep: () => Promise.resolve() }));

    tap(page, '#submit >>> .t-button');
    await flush(40);

    const [submit] = wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit');
    expect(submit.header['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenTickets[0]).toMatchObject({ stateLabel: '排队中', position: '前面还有 4 件申请', wait: '预计等待约 1 秒' });
    expect(seenTickets.map((t) => t.stateLabel)).toEqual(['排队中', '排队中', '预审完成']);
    const result = text(page, '#result');
    expect(result).toContain('材料需要补正');
    expect(result).toContain('身份证照片模糊，请重新拍摄');
    expect(result).toContain('合同缺少第 3 页');

    // 去重新上传 returns to the item, highlighted
    tap(page, '.problem', 1);
    await flush();
    expect(page.instance.data.view.rows.map((r) => r.focused)).toEqual([false, true, false, false]);
    // every item to redo keeps the orange frame, not only the one tapped
    const framed = page.querySelectorAll('#materials >>> .material').map((n) => n.dom.className.includes('material--focused'));
    expect(framed).toEqual([true, true, false, false]);
    applications.waitForTicket.mockRestore();
  });

  test('a network failure shows the message and the retry reuses the same Idempotency-Key', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, ready());
    wx.__server.failOnce('POST', '/api/v1/applications/a-01/submit');
    wx.__server.failOnce('POST', '/api/v1/applications/a-01/submit'); // request() re-sends once on its own
    wx.__server.reply('POST', '/api/v1/applications/a-01/submit', 202, {
      ticket: 'submit:a-01:1', state: 'done', position: null, application_id: 'a-01', application_status: 'pre_review',
    });
    const page = await openWizard();
    tap(page, '#submit >>> .t-button');
    await flush(20);
    expect(text(page, '#submit-error')).toBe('网络不给力，请稍后重试');

    tap(page, '#submit >>> .t-button');
    await flush(20);
    const keys = wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit').map((c) => c.header['Idempotency-Key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(text(page, '#result')).toContain('材料预审通过');
  });

  test('QUEUE_FULL (429 with a long Retry-After) shows the message; the retry keeps the key', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, ready());
    wx.__server.replyOnce('POST', '/api/v1/applications/a-01/submit', 429,
      apiError('QUEUE_FULL', '当前提交人数较多，请 2 分钟后再试'), { 'Retry-After': '120' });
    wx.__server.reply('POST', '/api/v1/applications/a-01/submit', 202, {
      ticket: 'submit:a-01:1', state: 'done', position: null,
    });
    const page = await openWizard();
    tap(page, '#submit >>> .t-button');
    await flush(20);
    expect(text(page, '#submit-error')).toBe('当前提交人数较多，请 2 分钟后再试');
    tap(page, '#submit >>> .t-button');
    await flush(20);
    const keys = wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit').map((c) => c.header['Idempotency-Key']);
    expect(keys[1]).toBe(keys[0]);
  });

  test('409 IDEMPOTENCY_IN_FLIGHT: the same key is sent again after Retry-After and 提交 ends as one submission', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, ready());
    wx.__server.replyOnce('POST', '/api/v1/applications/a-01/submit', 409,
      apiError('IDEMPOTENCY_IN_FLIGHT', '您的上一次请求仍在处理中，请稍等几秒后再试，无需重新填写'), { 'Retry-After': '0' });
    wx.__server.reply('POST', '/api/v1/applications/a-01/submit', 202, {
      ticket: 'submit:a-01:1', state: 'done', position: null, application_id: 'a-01', application_status: 'pre_review',
    });
    const page = await openWizard();
    tap(page, '#submit >>> .t-button');
    await flush(20);
    const keys = wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit').map((c) => c.header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(text(page, '#result')).toContain('材料预审通过');
  });

  test('409 IDEMPOTENCY_IN_FLIGHT not waited out (long Retry-After): the message shows and the next 提交 keeps the key', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, ready());
    wx.__server.replyOnce('POST', '/api/v1/applications/a-01/submit', 409,
      apiError('IDEMPOTENCY_IN_FLIGHT', '您的上一次请求仍在处理中，请稍等几秒后再试，无需重新填写'), { 'Retry-After': '120' });
    wx.__server.reply('POST', '/api/v1/applications/a-01/submit', 202, {
      ticket: 'submit:a-01:1', state: 'done', position: null,
    });
    const page = await openWizard();
    tap(page, '#submit >>> .t-button');
    await flush(20);
    expect(text(page, '#submit-error')).toBe('您的上一次请求仍在处理中，请稍等几秒后再试，无需重新填写');
    tap(page, '#submit >>> .t-button');
    await flush(20);
    const keys = wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit').map((c) => c.header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  test('another 409 (a state conflict) is shown and the next 提交 is a new action with a new key', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, ready());
    wx.__server.replyOnce('POST', '/api/v1/applications/a-01/submit', 409,
      apiError('INVALID_STATE', '当前状态不能提交'), { 'Retry-After': '0' });
    wx.__server.reply('POST', '/api/v1/applications/a-01/submit', 202, {
      ticket: 'submit:a-01:1', state: 'done', position: null,
    });
    const page = await openWizard();
    tap(page, '#submit >>> .t-button');
    await flush(20);
    expect(text(page, '#submit-error')).toBe('当前状态不能提交');
    tap(page, '#submit >>> .t-button');
    await flush(20);
    const keys = wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit').map((c) => c.header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });
});

describe('apply page: 补正', () => {
  test('re-submit stays off until every flagged item is provided again', async () => {
    const flagged = (resolved) => applicationDetail({
      status: 'supplement_required',
      status_label: '待补正材料',
      next_actions: [
        {
          code: 'supplement', requirement_code: 'owner_id_card', label: '身份证照片模糊', resolved,
        },
        { code: 'submit', label: '补正后重新提交' },
      ],
    }, { owner_id_card: 'provided', purchase_contract: 'provided' });
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 200, flagged(false));
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, flagged(true));
    wx.__server.reply('POST', '/api/v1/applications/a-01/materials', 201, storedFile('owner_id_card'));
    const page = await openWizard({ application_id: 'a-01', requirement: 'owner_id_card' });
    expect(page.instance.data.view.canSubmit).toBe(false);
    expect(text(page, '#to-redo')).toContain('申请人身份证');
    expect(itemText(page, 'owner_id_card')).toContain('需重新上传');
    expect(itemText(page, 'owner_id_card')).not.toContain('已提交');
    tap(page, '#submit >>> .t-button');
    await flush();
    expect(wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit')).toHaveLength(0);

    pickPhoto('wxfile://tmp/id2.jpg', 200 * KB);
    tap(page, '#materials >>> .choose-camera >>> .t-button', ROW.owner_id_card);
    await flush(40);
    expect(itemText(page, 'owner_id_card')).toContain('已重新提交');
    expect(page.querySelector('#to-redo')).toBeUndefined();
    expect(page.instance.data.view.canSubmit).toBe(true);
  });
});

describe('apply page: 补正 refused by the server', () => {
  test('SUPPLEMENT_ITEMS_PENDING shows the message naming the items and flags them again', async () => {
    const flagged = (resolved) => applicationDetail({
      status: 'supplement_required',
      status_label: '待补正材料',
      next_actions: [
        {
          code: 'supplement', requirement_code: 'purchase_contract', label: '合同缺第 5 页', resolved,
        },
        { code: 'submit', label: '补正后重新提交' },
      ],
    }, { owner_id_card: 'provided', purchase_contract: 'provided' });
    // This phone's view says done (stale); the server knows the contract was not uploaded again.
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 200, flagged(true));
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, flagged(false));
    const message = '补正材料尚未重新上传：「商品房买卖合同」。请逐项重新上传后再提交';
    wx.__server.reply('POST', '/api/v1/applications/a-01/submit', 422, apiError(
      'SUPPLEMENT_ITEMS_PENDING', message,
      { items: [{ requirement_code: 'purchase_contract', name: '商品房买卖合同' }] },
    ));
    const page = await openWizard();
    expect(page.instance.data.view.canSubmit).toBe(true);
    tap(page, '#submit >>> .t-button');
    await flush(20);
    expect(wx.__server.callsTo('POST', '/api/v1/applications/a-01/submit')).toHaveLength(1);
    expect(text(page, '#submit-error')).toBe(message);
    expect(itemText(page, 'purchase_contract')).toContain('需重新上传');
    expect(page.instance.data.view.rows[ROW.purchase_contract].focused).toBe(true);
    expect(page.instance.data.view.canSubmit).toBe(false);
  });
});

describe('apply page: errors and 适老化', () => {
  test('a load failure shows the message and 重新加载 works', async () => {
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 503, apiError('SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'));
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    const page = await openWizard();
    expect(text(page, '#apply-error')).toContain('服务暂时不可用，请稍后再试');
    tap(page, '#retry >>> .t-button');
    await flush();
    expect(page.querySelector('#apply-error')).toBeUndefined();
    expect(page.querySelectorAll('#materials >>> .material')).toHaveLength(4);
  });

  test('elder mode restyles the page and its items and keeps descriptions and formats', async () => {
    getApp().globalData.elderMode = true;
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    const page = await openWizard();
    expect(page.querySelector('.page').dom.className).toContain('elder-mode');
    const item = page.querySelectorAll('#materials >>> .material')[0];
    expect(item.dom.className).toContain('elder-mode');
    expect(item.dom.textContent).toContain('四角完整');
    expect(item.dom.textContent).toContain('JPG / PNG');
  });
});

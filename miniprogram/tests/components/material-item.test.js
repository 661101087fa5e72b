const { render, flush } = require('../helpers/simulate');
const { materialRows } = require('../../pages/apply/logic');
const { applicationDetail, applicationType } = require('../helpers/fixtures');

function row(code, states = {}, uploadsByCode = {}) {
  return materialRows(applicationDetail({}, states), applicationType(), { uploadsByCode }).find((r) => r.code === code);
}

const COMPONENT = 'pages/apply/components/material-item/index';

describe('material-item', () => {
  test('renders name, requirement, formats and the ways to provide it', () => {
    const item = render(COMPONENT, { item: row('marital_status') });
    const text = item.dom.textContent;
    expect(text).toContain('婚姻状况证明');
    expect(text).toContain('可交格式：JPG / PNG / PDF');
    ['拍照', '相册', '聊天中的PDF', '用告知承诺书代替'].forEach((label) => expect(text).toContain(label));
  });

  test('shows the progress bar and file name while uploading, and errors', () => {
    const uploading = render(COMPONENT, { item: row('owner_id_card', {}, { owner_id_card: { uploading: true, progress: 42, fileName: '身份证.jpg' } }) });
    expect(uploading.dom.textContent).toContain('身份证.jpg');
    expect(uploading.dom.textContent).toContain('42%');
    const failed = render(COMPONENT, { item: row('owner_id_card', {}, { owner_id_card: { errorMessage: '文件过大' } }) });
    expect(failed.querySelector('.material__error').dom.textContent).toBe('文件过大');
  });

  test('taps emit choose {code, source} and commit {code}; nothing while disabled', async () => {
    const item = render(COMPONENT, { item: row('marital_status') });
    const chosen = jest.fn();
    const committed = jest.fn();
    item.addEventListener('choose', chosen);
    item.addEventListener('commit', committed);
    item.querySelector('.choose-album >>> .t-button').dispatchEvent('tap');
    item.querySelector('.commit >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(chosen).toHaveBeenCalledWith(expect.objectContaining({ detail: { code: 'marital_status', source: 'album' } }));
    expect(committed).toHaveBeenCalledWith(expect.objectContaining({ detail: { code: 'marital_status' } }));

    const disabled = render(COMPONENT, { item: row('marital_status'), disabled: true });
    const none = jest.fn();
    disabled.addEventListener('choose', none);
    disabled.querySelector('.choose-camera >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(none).not.toHaveBeenCalled();
  });

  test('a provided item shows its state; a supplement problem is shown on the item', () => {
    const provided = render(COMPONENT, { item: row('owner_id_card', { owner_id_card: 'provided' }) });
    expect(provided.dom.textContent).toContain('已提交');
    const detail = applicationDetail({ next_actions: [{ code: 'supplement', requirement_code: 'owner_id_card', label: '照片模糊' }] });
    const problem = materialRows(detail, applicationType())[0];
    const item = render(COMPONENT, { item: problem });
    expect(item.querySelector('.material__problem').dom.textContent).toBe('补正原因：照片模糊');
  });

  test('补正: a flagged item shows 需重新上传 (orange), never the green 已提交 of its old file', () => {
    const flagged = applicationDetail({
      status: 'supplement_required',
      next_actions: [{
        code: 'supplement', requirement_code: 'owner_id_card', label: '照片模糊', resolved: false,
      }],
    }, { owner_id_card: 'provided', purchase_contract: 'provided' });
    const [idCard, contract] = materialRows(flagged, applicationType());
    const item = render(COMPONENT, { item: idCard });
    const head = item.querySelector('.material__head').dom;
    expect(head.textContent).toBe('申请人身份证需重新上传');
    expect(head.innerHTML).toContain('t-tag--warning');
    expect(head.innerHTML).not.toContain('t-tag--success');
    expect(item.dom.textContent).not.toContain('已提交');
    expect(item.querySelector('.material').dom.className).toContain('material--focused');
    // an unflagged provided item keeps its green 已提交
    expect(render(COMPONENT, { item: contract }).querySelector('.material__head').dom.textContent).toBe('商品房买卖合同已提交');

    // once provided again the problem goes and the tag says so
    const redone = applicationDetail({
      status: 'supplement_required',
      next_actions: [{
        code: 'supplement', requirement_code: 'owner_id_card', label: '照片模糊', resolved: true,
      }],
    }, { owner_id_card: 'provided' });
    const again = render(COMPONENT, { item: materialRows(redone, applicationType())[0] });
    expect(again.querySelector('.material__head').dom.textContent).toBe('申请人身份证已重新提交');
    expect(again.querySelector('.material__problem')).toBeUndefined();
  });

  test('a paused upload offers 继续上传, which emits resume {code}', async () => {
    const item = render(COMPONENT, {
      item: row('owner_id_card', {}, { owner_id_card: { resumable: true, progress: 33, errorMessage: '网络中断' } }),
    });
    const resumed = jest.fn();
    item.addEventListener('resume', resumed);
    item.querySelector('.resume >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(resumed).toHaveBeenCalledWith(expect.objectContaining({ detail: { code: 'owner_id_card' } }));
  });

  test('elder mode enlarges the item and keeps its description and formats', () => {
    getApp().globalData.elderMode = true;
    const item = render(COMPONENT, { item: row('owner_id_card') });
    expect(item.querySelector('.material').dom.className).toContain('elder-mode');
    expect(item.dom.textContent).toContain('四角完整');
    expect(item.dom.textContent).toContain('可交格式：JPG / PNG');
  });

  test('elder mode keeps the orange frame of the item to redo', () => {
    getApp().globalData.elderMode = true;
    const flagged = applicationDetail({
      status: 'supplement_required',
      next_actions: [{ code: 'supplement', requirement_code: 'owner_id_card', label: '照片模糊' }],
    }, { owner_id_card: 'provided' });
    const item = render(COMPONENT, { item: materialRows(flagged, applicationType())[0] });
    const cls = item.querySelector('.material').dom.className;
    expect(cls).toContain('elder-mode');
    expect(cls).toContain('material--focused');
  });
});

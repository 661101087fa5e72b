const { render, flush } = require('../helpers/simulate');
const { apiError, signIn, applicationDetail } = require('../helpers/fixtures');
const { progressView } = require('../../pages/progress/logic');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

const TIMELINE = [
  ['submit', '提交申请', 'done', '业主'],
  ['pre_review', '材料预审', 'done', '登记窗口'],
  ['accept', '受理', 'done', '登记窗口'],
  ['tax_check', '完税核验', 'active', '东城区税务局'],
  ['fund_check', '维修资金核验', 'done', '东城区住建局'],
  ['registry_review', '登记审核', 'waiting', '不动产登记机构'],
].map(([key, label, state, actor]) => ({
  key, label, state, actor, started_at: state === 'waiting' ? null : '2026-11-26T09:00:00+08:00', finished_at: state === 'done' ? '2026-11-26T15:30:00+08:00' : null, due_at: state === 'active' ? '2026-11-27T17:00:00+08:00' : null,
}));

function inReview(overrides = {}) {
  return applicationDetail({
    status: 'department_review',
    status_label: '部门并联审批中',
    accepted_at: '2026-11-26T09:00:00+08:00',
    expected_completion_date: '2026-12-03',
    timeline: TIMELINE,
    steps: [
      {
        id: 's1', kind: 'tax_check', label: '完税核验', organisation: '东城区税务局', status: 'active', started_at: '2026-11-26T09:00:00+08:00', due_at: '2026-11-27T17:00:00+08:00', finished_at: null, opinion: '',
      },
      {
        id: 's2', kind: 'fund_check', label: '维修资金核验', organisation: '东城区住建局', status: 'approved', started_at: '2026-11-26T09:00:00+08:00', due_at: '2026-11-27T17:00:00+08:00', finished_at: '2026-11-26T15:30:00+08:00', opinion: '已缴存',
      },
    ],
    events: [
      {
        at: '2026-11-25T10:00:00+08:00', action: 'create', label: '创建申请', note: '', items: [],
      },
      {
        at: '2026-11-26T09:00:00+08:00', action: 'accept', label: '受理', note: '', items: [],
      },
    ],
    ...overrides,
  }, { owner_id_card: 'provided', purchase_contract: 'provided' });
}

async function openProgress() {
  const page = render('pages/progress/index');
  await page.instance.onLoad({ application_id: 'a-01' });
  await flush();
  return page;
}

beforeEach(() => signIn());

describe('progress page', () => {
  test('shows status, expected completion and every phase with department steps and time limits', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, inReview());
    const page = await openProgress();
    expect(wx.__server.callsTo('GET', '/api/v1/applications/a-01')[0].header.Authorization).toBe('Bearer access-1');
    expect(text(page, '#summary')).toContain('部门并联审批中');
    expect(text(page, '#summary')).toContain('幸福里小区 3栋2单元301室');
    expect(text(page, '#expected')).toBe('预计办结：2026年12月3日');
    const phases = page.querySelectorAll('.phase');
    expect(phases).toHaveLength(6);
    expect(phases[3].dom.textContent).toContain('部门并联：完税核验');
    expect(phases[3].dom.textContent).toContain('东城区税务局');
    expect(phases[3].dom.textContent).toContain('办理时限 11月27日 17:00');
    expect(phases[4].dom.textContent).toContain('完成于 11月26日 15:30');
    expect(phases[3].dom.className).toContain('phase--active');
    expect(text(page, '#events')).toContain('受理');
  });

  test('supplement requests list every problem with a link back to the item', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({
      status: 'supplement_required',
      status_label: '待补正材料',
      next_actions: [
        { code: 'supplement', requirement_code: 'owner_id_card', label: '身份证照片反光，号码看不清' },
        { code: 'supplement', requirement_code: 'purchase_contract', label: '合同缺少签字页' },
        { code: 'submit', label: '补正后重新提交' },
      ],
    }));
    const page = await openProgress();
    const rows = page.querySelectorAll('.supplement');
    expect(rows).toHaveLength(2);
    expect(rows[0].dom.textContent).toContain('申请人身份证');
    expect(rows[0].dom.textContent).toContain('身份证照片反光，号码看不清');
    rows[1].dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/apply/index?application_id=a-01&requirement=purchase_contract' });
    expect(page.querySelector('#edit')).toBeDefined();
    expect(text(page, '#edit >>> .t-button')).toBe('去补正材料');
  });

  test('a flagged item provided again says so instead of asking again', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({
      status: 'supplement_required',
      status_label: '待补正材料',
      next_actions: [
        {
          code: 'supplement', requirement_code: 'owner_id_card', label: '身份证照片反光', resolved: true,
        },
        {
          code: 'supplement', requirement_code: 'purchase_contract', label: '合同缺少签字页', resolved: false,
        },
      ],
    }));
    const page = await openProgress();
    const rows = page.querySelectorAll('.supplement');
    expect(rows[0].dom.textContent).toContain('已重新上传');
    expect(rows[0].dom.textContent).not.toContain('去重新上传');
    expect(rows[1].dom.textContent).toContain('去重新上传');
  });

  test('a deferred (容缺) item shows its due date and links to upload it', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, inReview({
      next_actions: [{
        code: 'upload_deferred', requirement_code: 'purchase_invoice', due_date: '2026-12-20', label: '请于 2026年12月20日 前补交「购房发票」',
      }],
    }));
    const page = await openProgress();
    expect(text(page, '#deferred')).toContain('请于 2026年12月20日 前补交「购房发票」');
    page.querySelector('.deferred').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/apply/index?application_id=a-01&requirement=purchase_invoice' });
  });

  test('area confirmation: asks, POSTs /area-confirmation, and the request disappears', async () => {
    const needing = inReview({
      area: { error_ratio: '4.20', needs_settlement: true, confirmed_at: null },
      next_actions: [{ code: 'confirm_area', label: '面积误差比 4.20%，超过 3%，请查看结算明细并确认' }],
    });
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, needing);
    wx.__server.reply('POST', '/api/v1/applications/a-01/area-confirmation', 200, inReview({
      area: { error_ratio: '4.20', needs_settlement: true, confirmed_at: '2026-11-26T16:00:00+08:00' },
    }));
    const page = await openProgress();
    expect(text(page, '#area')).toContain('面积误差比 4.20%，超过 3%');
    page.querySelector('#confirm-area >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.showModal).toHaveBeenCalled();
    expect(wx.__server.callsTo('POST', '/api/v1/applications/a-01/area-confirmation')).toHaveLength(1);
    expect(page.querySelector('#area')).toBeUndefined();
  });

  test('area confirmation refused: the API message is shown', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, inReview({
      next_actions: [{ code: 'confirm_area', label: '面积误差比 4.20%，超过 3%，请查看结算明细并确认' }],
    }));
    wx.__server.reply('POST', '/api/v1/applications/a-01/area-confirmation', 409, apiError('ILLEGAL_TRANSITION', '申请当前状态不能确认面积'));
    const page = await openProgress();
    page.querySelector('#confirm-area >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.showToast).toHaveBeenCalledWith({ title: '申请当前状态不能确认面积', icon: 'none' });
  });

  test('a load failure shows the message and 重新加载 works', async () => {
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 404, apiError('NOT_FOUND', '未找到该申请'));
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, inReview());
    const page = await openProgress();
    expect(text(page, '#progress-error')).toContain('未找到该申请');
    page.querySelector('#retry >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(text(page, '#summary')).toContain('部门并联审批中');
  });

  test('in 适老化 mode the page is restyled and keeps 办理记录 and every phase', async () => {
    getApp().globalData.elderMode = true;
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, inReview());
    const page = await openProgress();
    expect(page.querySelector('.page').dom.className).toContain('elder-mode');
    expect(text(page, '#events')).toContain('受理');
    expect(page.querySelectorAll('.phase')).toHaveLength(6);
  });

  test('department opinions and the legal due date are shown', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, inReview({ due_at: '2026-12-03T17:00:00+08:00' }));
    const page = await openProgress();
    const phases = page.querySelectorAll('.phase');
    expect(phases[4].dom.textContent).toContain('审批意见：已缴存');
    expect(phases[3].dom.textContent).not.toContain('审批意见');
    expect(text(page, '#due')).toBe('法定办结时限：12月3日 17:00');
  });

  test('a deferred item shows its own due date line', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, inReview({
      next_actions: [{
        code: 'upload_deferred', requirement_code: 'purchase_invoice', due_date: '2026-12-20', label: '请于 2026年12月20日 前补交「购房发票」',
      }],
    }));
    const page = await openProgress();
    expect(text(page, '.deferred__due')).toBe('补交期限：2026年12月20日');
  });

  test('coming back to the page (onShow) refreshes it', async () => {
    wx.__server.replyOnce('GET', '/api/v1/applications/a-01', 200, applicationDetail({ status: 'supplement_required', status_label: '待补正材料' }));
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, inReview());
    const page = await openProgress();
    expect(text(page, '#summary')).toContain('待补正材料');
    page.instance.onShow();
    await flush();
    expect(text(page, '#summary')).toContain('部门并联审批中');
    expect(wx.__server.callsTo('GET', '/api/v1/applications/a-01')).toHaveLength(2);
  });

  test('progressView marks department phases and labels step statuses', () => {
    const view = progressView(inReview());
    expect(view.timeline.filter((t) => t.department).map((t) => t.key)).toEqual(['tax_check', 'fund_check']);
    expect(view.departments.map((d) => d.statusLabel)).toEqual(['审批中', '已通过']);
    expect(view.canEdit).toBe(false);
  });
});

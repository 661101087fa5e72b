const { render, flush } = require('../helpers/simulate');
const { signIn, apiError } = require('../helpers/fixtures');
const { codeFromQuery } = require('../../pages/rate/logic');

const CODE = 'k7m2p9x4qa';

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

function target(overrides = {}) {
  return {
    id: 't-1',
    code: CODE,
    kind: 'window',
    kind_label: '服务窗口',
    name: '和平街道 3 号窗口',
    url: `https://bz.example.gov.cn/q/${CODE}`,
    channel: 'onsite',
    channel_label: '现场服务',
    rule: '现场服务“一次一评”，每次服务可评价一次',
    levels: [
      { value: 5, label: '非常满意', bad: false },
      { value: 4, label: '满意', bad: false },
      { value: 3, label: '基本满意', bad: false },
      { value: 2, label: '不满意', bad: true },
      { value: 1, label: '非常不满意', bad: true },
    ],
    indicators: [
      { code: 'efficiency', label: '服务效率' },
      { code: 'skill', label: '服务水平' },
      { code: 'attitude', label: '服务态度' },
    ],
    already_rated: false,
    ...overrides,
  };
}

async function open(query, page = 'pages/rate/index') {
  const comp = render(page);
  await comp.instance.onLoad(query);
  await flush();
  return comp;
}

beforeEach(() => {
  signIn();
  wx.__server.reply('GET', `/api/v1/feedback/t/${CODE}`, 200, target());
});

describe('rating page opened by a scan', () => {
  test('the code comes from a mini-program code (scene) or an ordinary QR code (q)', () => {
    expect(codeFromQuery({ scene: CODE })).toBe(CODE);
    expect(codeFromQuery({ q: encodeURIComponent(`https://bz.example.gov.cn/q/${CODE}`) })).toBe(CODE);
    expect(codeFromQuery({ q: encodeURIComponent(`https://bz.example.gov.cn/q/${CODE}?from=poster`) })).toBe(CODE);
    expect(codeFromQuery({ q: encodeURIComponent('https://elsewhere.example/x') })).toBe('');
    expect(codeFromQuery({ scene: 'DROP TABLE' })).toBe('');
  });

  test('scanned by WeChat (q): shows the target, the five levels and the on-site indicators', async () => {
    wx.requestSubscribeMessage = jest.fn();
    const page = await open({ q: encodeURIComponent(`https://bz.example.gov.cn/q/${CODE}`) });
    expect(text(page, '#target-name')).toBe('服务窗口：和平街道 3 号窗口');
    expect(text(page, '#rule')).toContain('一次一评');
    expect(text(page, '#level-5')).toBe('非常满意');
    expect(text(page, '#indicator-attitude')).toContain('服务态度');
    expect(wx.requestSubscribeMessage).not.toHaveBeenCalled(); // nothing is asked on load
  });

  test('a 差评 is submitted and the owner is told it will be followed up', async () => {
    wx.__server.reply('POST', `/api/v1/feedback/t/${CODE}/ratings`, (req) => ({
      status: 201,
      data: {
        id: 'r-1', target_name: '和平街道 3 号窗口', target_kind_label: '服务窗口', level: req.data.level,
        level_label: '不满意', comment: req.data.comment, created_at: '2026-12-01T10:00:00+08:00',
        case: { id: 'c-1', status: 'open', status_label: '待回访核实', due_at: '2026-12-22T17:30:00+08:00' },
      },
    }));
    const page = await open({ scene: CODE });
    page.querySelector('#level-2').dispatchEvent('tap');
    page.querySelectorAll('.rate__star')[10 + 1].dispatchEvent('tap'); // 服务态度: 2
    await flush();
    page.instance.onComment({ detail: { value: ' 排队太久 ' } });
    page.querySelector('#submit >>> .t-button').dispatchEvent('tap');
    await flush();
    const sent = wx.__server.calls.find((c) => c.method === 'POST');
    expect(sent.data).toEqual({ level: 2, indicators: { attitude: 2 }, comment: '排队太久' });
    expect(text(page, '#rate-done')).toContain('感谢您的评价：不满意');
    expect(text(page, '#rate-done')).toContain('回访核实并整改');
    expect(text(page, '#rate-done')).toContain('12月22日'); // the deadline in words, not ISO
    expect(text(page, '#rate-done')).not.toContain('T17:30');
  });

  test('a second rating in the same visit shows the API message', async () => {
    wx.__server.reply('POST', `/api/v1/feedback/t/${CODE}/ratings`, 409,
      apiError('ALREADY_RATED', '您本次已评价过，感谢您的反馈。同一服务每次只能评价一次'));
    const page = await open({ scene: CODE });
    page.querySelector('#level-5').dispatchEvent('tap');
    page.querySelector('#submit >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(text(page, '#submit-error')).toBe('您本次已评价过，感谢您的反馈。同一服务每次只能评价一次');
  });

  test('an unknown code shows the API 404 message; an unreadable one is refused before asking', async () => {
    wx.__server.reply('GET', '/api/v1/feedback/t/zzzzzzzzzz', 404, apiError('NOT_FOUND', '该二维码无效或已停用'));
    const unknown = await open({ scene: 'zzzzzzzzzz' });
    expect(text(unknown, '#rate-error')).toBe('该二维码无效或已停用');
    const garbage = await open({ q: encodeURIComponent('https://x/q/!!') });
    expect(text(garbage, '#rate-error')).toContain('二维码无法识别');
  });
});

describe('my ratings', () => {
  test('lists my ratings with each 差评 rectification status', async () => {
    wx.__server.reply('GET', '/api/v1/me/ratings', 200, {
      items: [{
        id: 'r-1', target_name: '窗口人员 张晓', target_kind_label: '工作人员', level: 1, level_label: '非常不满意',
        comment: '态度很差', created_at: '2026-12-01T10:00:00+08:00',
        case: { id: 'c-1', status: 'visited', status_label: '已回访，整改中', due_at: '2026-12-22T17:30:00+08:00' },
      }, {
        id: 'r-2', target_name: '和平街道 3 号窗口', target_kind_label: '服务窗口', level: 5, level_label: '非常满意',
        comment: '', created_at: '2026-11-30T09:00:00+08:00', case: null,
      }],
    });
    const page = await open({}, 'pages/rate/mine');
    expect(text(page, '#rating-r-1')).toContain('差评整改：已回访，整改中');
    expect(text(page, '#rating-r-1')).toContain('12月22日');
    expect(text(page, '#rating-r-2')).toContain('非常满意');
    expect(text(page, '#rating-r-2')).not.toContain('差评整改');
  });
});

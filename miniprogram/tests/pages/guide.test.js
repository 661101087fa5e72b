const { render, flush } = require('../helpers/simulate');
const {
  house, apiError, signIn, applicationType, applicationDetail,
} = require('../helpers/fixtures');
const { areaDifference } = require('../../utils/area');
const { groupChecklist } = require('../../utils/checklist');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

async function openGuide(query) {
  const page = render('pages/guide/index');
  await page.instance.onLoad(query);
  await flush();
  return page;
}

const FEES = {
  lines: [
    {
      code: 'deed_tax', name: '契税', amount: '13500.00', basis: '计税价格 900,000.00 元 × 1.5%（首套 90 ㎡以上）',
    },
    {
      code: 'maintenance_fund', name: '住宅专项维修资金', amount: '7256.00', basis: '建筑面积 90.70 ㎡ × 80.00 元/㎡ = 7,256.00 元',
    },
  ],
  total: '20756.00',
  area_settlement: null,
};

beforeEach(() => {
  signIn();
  wx.__server.reply('GET', '/api/v1/application-types', 200, { items: [applicationType()] });
});

describe('guide page', () => {
  test('explains the type in plain words and groups the checklist into 必交 / 可容缺 / 承诺书', async () => {
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    const page = await openGuide({ type: 'transfer_registration' });
    expect(text(page, '#plain')).toContain('不动产权证书');
    expect(text(page, '#plain')).toContain('完税核验、维修资金核验');
    expect(text(page, '#group-required')).toContain('必交材料（2 项）');
    expect(text(page, '#group-required')).toContain('申请人身份证');
    expect(text(page, '#group-deferrable')).toContain('购房发票');
    expect(text(page, '#group-commitment')).toContain('婚姻状况证明');
    expect(text(page, '#group-commitment')).toContain('签署《材料真实性承诺书》即可代替');
  });

  test('without an application: estimated area difference for my house, fees after applying', async () => {
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house({ contract_area: '89.50', measured_area: '93.00' })] });
    const page = await openGuide({ type: 'transfer_registration', house_id: 'h-01' });
    expect(text(page, '#area')).toContain('面积误差比（估算）');
    expect(text(page, '#area')).toContain('+3.91%');
    expect(text(page, '#area')).toContain('超过 ±3%，办证前需要先结算面积差价');
    expect(text(page, '#fees')).toContain('提交申请后');
    page.querySelector('#apply >>> .t-button').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/apply/index?type=transfer_registration&house_id=h-01' });
  });

  test('with an application: each fee line with its basis, the total, and the area result from the API', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail());
    wx.__server.reply('GET', '/api/v1/applications/a-01/fees', 200, FEES);
    const page = await openGuide({ type: 'transfer_registration', application_id: 'a-01' });
    const fees = text(page, '#fees');
    expect(fees).toContain('契税');
    expect(fees).toContain('13,500.00 元');
    expect(fees).toContain('计算依据：计税价格 900,000.00 元 × 1.5%');
    expect(fees).toContain('计算依据：建筑面积 90.70 ㎡ × 80.00 元/㎡');
    expect(fees).toContain('20,756.00 元');
    expect(text(page, '#area')).toContain('+1.34%');
    expect(text(page, '#area')).toContain('在 ±3% 以内');
    expect(text(page, '#area')).not.toContain('估算');
    expect(page.querySelector('#apply')).toBeUndefined();
  });

  test('the area settlement lines are listed when the difference must be settled', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({ area: { error_ratio: '-4.10', needs_settlement: true, confirmed_at: null } }));
    wx.__server.reply('GET', '/api/v1/applications/a-01/fees', 200, {
      ...FEES,
      area_settlement: {
        contract_area: '89.50', measured_area: '85.83', ratio: '-4.10', within_tolerance: false, owner_pays: '0.00', developer_bears: '0.00', refund_to_owner: '98000.00', lines: ['误差比绝对值超出 3% 部分的房价款由房地产开发企业双倍返还买受人'],
      },
    });
    const page = await openGuide({ application_id: 'a-01' });
    expect(text(page, '#area')).toContain('-4.10%');
    expect(text(page, '#area')).toContain('双倍返还');
  });

  test('a failure shows the API message', async () => {
    wx.__server.replyOnce('GET', '/api/v1/application-types', 503, apiError('SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'));
    const page = await openGuide({});
    expect(text(page, '#guide-error')).toContain('服务暂时不可用，请稍后再试');
  });

  test('fee total includes the area-difference payment; never says 不影响办证 while money is due', async () => {
    wx.__server.reply('GET', '/api/v1/applications/a-01', 200, applicationDetail({ area: { error_ratio: '1.34', needs_settlement: false, confirmed_at: null } }));
    wx.__server.reply('GET', '/api/v1/applications/a-01/fees', 200, {
      lines: [
        ...FEES.lines,
        {
          code: 'registration_fee', name: '不动产登记费', amount: '80.00', basis: '住宅类不动产登记每件收费 80.00 元，已含第一本不动产权证书的工本费（依据国家发展改革委 财政部 发改价格规〔2016〕2559号）。',
        },
      ],
      total: '20836.00',
      area_settlement: {
        contract_area: '89.50',
        measured_area: '90.70',
        ratio: '1.34',
        within_tolerance: true,
        owner_pays: '12067.04',
        developer_bears: '0.00',
        refund_to_owner: '0.00',
        lines: [
          '合同约定面积 89.50 ㎡，产权登记面积 90.70 ㎡，面积误差比 1.34%（《商品房销售管理办法》第二十条）',
          '误差比 3% 以内（含 3%）部分 1.20 ㎡ × 10,055.87 元/㎡ = 12,067.04 元，由业主补足',
        ],
      },
    });
    const page = await openGuide({ application_id: 'a-01' });
    expect(text(page, '#fee-registration_fee')).toContain('80.00 元');
    expect(text(page, '#fee-registration_fee')).toContain('2559号');
    expect(text(page, '#fee-area_payment')).toContain('面积差价（付给开发企业）');
    expect(text(page, '#fee-area_payment')).toContain('12,067.04 元');
    // 20,836.00 + 12,067.04
    expect(text(page, '#fees-total')).toBe('合计应付32,903.04 元');
    expect(text(page, '#fees')).toContain('其中税费20,836.00 元');
    const area = text(page, '#area');
    expect(area).toContain('补足面积差价 12,067.04 元');
    expect(area).not.toContain('不影响办证');
    expect(area).toContain('合同面积 89.50 ㎡');
    expect(page.querySelector('#area-h-01').dom.className).toContain('card--warn');
  });

  test('without an application every house of mine shows its areas and result, the chosen one first', async () => {
    wx.__server.reply('GET', '/api/v1/me/houses', 200, {
      items: [
        house(),
        house({
          id: 'h-02', community_name: '阳光花园', contract_area: '120.00', measured_area: '125.00',
        }),
        house({ id: 'h-03', community_name: '新华小区', measured_area: null }),
      ],
    });
    const page = await openGuide({ house_id: 'h-02' });
    const cards = page.querySelectorAll('.guide__house');
    expect(cards.map((c) => c.dom.textContent.split(' ')[0])).toEqual(['阳光花园', '幸福里小区', '新华小区']);
    expect(cards[0].dom.textContent).toContain('+4.17%');
    expect(cards[0].dom.textContent).toContain('办证前需要先结算面积差价');
    expect(cards[1].dom.textContent).toContain('实测面积 90.70 ㎡');
    expect(cards[2].dom.textContent).toContain('尚未实测面积');
  });

  test('in 适老化 mode the page is restyled and keeps the process line and file formats', async () => {
    getApp().globalData.elderMode = true;
    wx.__server.reply('GET', '/api/v1/me/houses', 200, { items: [house()] });
    const page = await openGuide({});
    expect(page.querySelector('.page').dom.className).toContain('elder-mode');
    expect(text(page, '#plain')).toContain('办理流程');
    expect(text(page, '#group-required')).toContain('可交格式：JPG / PNG');
  });
});

describe('area and checklist rules', () => {
  test('area difference is (measured − contract) ÷ contract, beyond ±3 % needs settlement', () => {
    expect(areaDifference('89.50', '90.70')).toEqual({ ratio: '1.34', needsSettlement: false });
    expect(areaDifference('100', '103')).toEqual({ ratio: '3.00', needsSettlement: false });
    expect(areaDifference('100', '96.9')).toEqual({ ratio: '-3.10', needsSettlement: true });
    expect(areaDifference('100', null)).toBeNull();
  });

  test('commitment-allowed items are grouped as such even when core', () => {
    const groups = groupChecklist([
      { code: 'a', name: 'A', core: true, commitment_allowed: true, formats: ['pdf'] },
      { code: 'b', name: 'B', core: true, commitment_allowed: false, formats: ['jpeg', 'png'] },
    ]);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.code)])).toEqual([['required', ['b']], ['commitment', ['a']]]);
    expect(groups[0].items[0].formats).toBe('JPG / PNG');
  });
});

const { render, flush } = require('../helpers/simulate');
const { apiError, signIn, house } = require('../helpers/fixtures');

function text(comp, selector) {
  const node = comp.querySelector(selector);
  return node ? node.dom.textContent : null;
}

function tap(comp, selector) {
  comp.querySelector(selector).dispatchEvent('tap');
}

function type(comp, selector, value) {
  comp.querySelector(selector).dispatchEvent('input', { detail: { value } });
}

async function openBind() {
  const page = render('pages/bind/index');
  page.instance.onLoad();
  await flush();
  return page;
}

const ESTATE = {
  id: 'c-01', name: '幸福里小区', address: '示例市东城区和平路 18 号', street: '和平街道',
};

describe('bind page (绑定房屋)', () => {
  beforeEach(() => signIn());

  test('finds the estate, sends name, ID number and contract number, and shows the bound house', async () => {
    wx.__server.reply('GET', '/api/v1/estate-directory', 200, { items: [ESTATE] });
    wx.__server.reply('POST', '/api/v1/me/houses/bind', 200, {
      houses: [house()], message: '已绑定 1 套房屋，可以开始办证了',
    });
    const page = await openBind();
    type(page, '#keyword', '幸福里');
    tap(page, '#search >>> .t-button');
    await flush();
    expect(wx.__server.callsTo('GET', '/api/v1/estate-directory')[0].url).toContain('q=%E5%B9%B8%E7%A6%8F%E9%87%8C');
    tap(page, '#estate-0');
    await flush();
    expect(text(page, '#estate-picked')).toContain('和平街道');

    type(page, '#real-name', '张 伟');
    type(page, '#id-number', '１１０１０１１９９００３０７８５１５');
    type(page, '#contract-number', 'wq2019-0012345');
    tap(page, '#submit >>> .t-button');
    await flush();
    await flush();
    expect(wx.__server.callsTo('POST', '/api/v1/me/houses/bind')[0].data).toEqual({
      real_name: '张伟', id_number: '110101199003078515', contract_number: 'wq2019-0012345', community_id: 'c-01',
    });
    expect(text(page, '#bind-done')).toContain('已绑定 1 套房屋');
    expect(text(page, '#bind-done')).toContain('3栋2单元301室');
    tap(page, '#done >>> .t-button');
    await flush();
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  test('refuses a malformed ID number before calling the API', async () => {
    const page = await openBind();
    type(page, '#real-name', '张伟');
    type(page, '#id-number', '11010119900307');
    tap(page, '#submit >>> .t-button');
    await flush();
    expect(text(page, '#bind-error')).toContain('18 位');
    expect(wx.__server.callsTo('POST', '/api/v1/me/houses/bind')).toHaveLength(0);
  });

  test('shows the API answer naming the office when nothing matches', async () => {
    const message = '未能在不动产档案中核对到与您填写的姓名、身份证号一致的产权人。请核对后重试；如确认无误，'
      + '请携带身份证和购房合同到和平街道便民服务中心的办证窗口（幸福里小区所属）核对，工作人员可为您当场绑定。';
    wx.__server.reply('POST', '/api/v1/me/houses/bind', 422, apiError('OWNER_NOT_MATCHED', message));
    const page = await openBind();
    type(page, '#real-name', '张伟');
    type(page, '#id-number', '110101199003078515');
    tap(page, '#submit >>> .t-button');
    await flush();
    await flush();
    expect(text(page, '#bind-error')).toBe(message);
    expect(page.querySelector('#bind-done')).toBeUndefined();
  });

  test('shows a window binding code to hand to the clerk', async () => {
    wx.__server.reply('POST', '/api/v1/me/binding-code', 201, { code: '04718253', expires_at: '2026-12-01T10:10:00+08:00' });
    const page = await openBind();
    tap(page, '#get-code >>> .t-button');
    await flush();
    await flush();
    expect(text(page, '#binding-code')).toBe('04718253');
  });
});

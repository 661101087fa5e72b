const { render } = require('../helpers/simulate');
const { houseView } = require('../../utils/house-format');
const { house } = require('../helpers/fixtures');

describe('house-card', () => {
  test('renders estate, room, address, areas and my share', () => {
    const card = render('components/house-card/index', { house: houseView(house()) });
    const text = card.dom.textContent;
    expect(text).toContain('幸福里小区');
    expect(text).toContain('3栋2单元301室');
    expect(text).toContain('示例市东城区和平路 18 号');
    expect(text).toContain('合同面积 89.50 ㎡');
    expect(text).toContain('实测面积 90.70 ㎡');
    expect(text).toContain('产权份额 100%');
  });

  test('hides the share line when the API gives none', () => {
    const card = render('components/house-card/index', { house: houseView(house({ share_percent: null })) });
    expect(card.dom.textContent).not.toContain('产权份额');
  });

  test('elder mode keeps the areas and the share (one fact per line)', () => {
    getApp().globalData.elderMode = true;
    const card = render('components/house-card/index', { house: houseView(house()) });
    const text = card.dom.textContent;
    expect(card.querySelector('.house-card').dom.className).toContain('elder-mode');
    expect(text).toContain('合同面积 89.50 ㎡');
    expect(text).toContain('实测面积 90.70 ㎡');
    expect(text).toContain('产权份额 100%');
  });
});

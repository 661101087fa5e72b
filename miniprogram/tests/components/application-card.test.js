const { render, flush } = require('../helpers/simulate');
const { applicationView } = require('../../pages/home/logic');
const { applicationListItem } = require('../helpers/fixtures');

describe('application-card', () => {
  test('renders the house, the current status, the next step and the due time', () => {
    const card = render('components/application-card/index', {
      application: applicationView(applicationListItem({ status: 'department_review', status_label: '部门并联审批中', due_at: '2026-12-02T17:00:00+08:00' })),
    });
    const text = card.dom.textContent;
    expect(text).toContain('幸福里小区 3栋2单元301室');
    expect(text).toContain('部门并联审批中');
    expect(text).toContain('下一步：各部门并联审批中');
    expect(text).toContain('转移登记');
    expect(text).toContain('申请号 BZ2026112500000001');
    expect(text).toContain('办结时限 12月2日 17:00');
  });

  test('a tap emits open with the page for the next step', async () => {
    const card = render('components/application-card/index', { application: applicationView(applicationListItem({ status: 'supplement_required' })) });
    const opened = jest.fn();
    card.addEventListener('open', opened);
    card.querySelector('.application-card').dispatchEvent('tap');
    await flush();
    expect(opened).toHaveBeenCalledWith(expect.objectContaining({ detail: { url: '/pages/apply/index?application_id=a-01' } }));
  });

  test('elder mode enlarges the card but keeps every fact: application number and due time', () => {
    getApp().globalData.elderMode = true;
    const card = render('components/application-card/index', {
      application: applicationView(applicationListItem({ status: 'department_review', due_at: '2026-12-02T17:00:00+08:00' })),
    });
    expect(card.dom.textContent).toContain('下一步：各部门并联审批中');
    expect(card.dom.textContent).toContain('申请号 BZ2026112500000001');
    expect(card.dom.textContent).toContain('办结时限 12月2日 17:00');
    expect(card.querySelector('.application-card').dom.className).toContain('elder-mode');
  });
});

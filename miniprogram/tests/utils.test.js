const elder = require('../utils/elder-mode');
const { roomLabel, areaLabel, houseView } = require('../utils/house-format');
const { statusLabel, statusTheme, STATUS_LABELS, APPLICATION_STATUS } = require('../utils/application-status');
const { buildPath } = require('../services/endpoints');

describe('elder mode', () => {
  test('is off by default, persists, and notifies subscribers', () => {
    expect(elder.loadElderMode()).toBe(false);
    const seen = [];
    const stop = elder.subscribe((v) => seen.push(v));
    elder.setElderMode(true);
    expect(wx.getStorageSync(elder.STORAGE_KEY)).toBe(true);
    expect(elder.isElderMode()).toBe(true);
    stop();
    elder.setElderMode(false);
    expect(seen).toEqual([true]);
  });

  test('app launch reads the stored choice into globalData', () => {
    wx.setStorageSync(elder.STORAGE_KEY, true);
    expect(elder.loadElderMode()).toBe(true);
    expect(getApp().globalData.elderMode).toBe(true);
    expect(elder.viewState(true)).toEqual({ elderMode: true, elderClass: 'elder-mode' });
  });
});

describe('house format', () => {
  test('describes rooms and areas in Chinese', () => {
    expect(roomLabel({ building: '3', unit: '2', room: '301' })).toBe('3栋2单元301室');
    expect(areaLabel('89.50')).toBe('89.50 ㎡');
    expect(areaLabel(null)).toBe('待实测');
    expect(houseView({ id: 'h', share_percent: 50, contract_area: '1' }).share).toBe('50%');
  });
});

describe('application status labels', () => {
  test('every status has a label and unknown ones read 处理中', () => {
    Object.values(APPLICATION_STATUS).forEach((s) => expect(STATUS_LABELS[s]).toBeTruthy());
    expect(statusLabel('supplement_required')).toBe('待补正材料');
    expect(statusTheme('supplement_required')).toBe('warning');
    expect(statusLabel('something_new')).toBe('处理中');
  });
});

describe('endpoint paths', () => {
  test('fills and encodes parameters, refuses missing ones', () => {
    expect(buildPath('/api/v1/houses/{house_id}', { house_id: 'a/b' })).toBe('/api/v1/houses/a%2Fb');
    expect(() => buildPath('/api/v1/houses/{house_id}', {})).toThrow('house_id');
  });
});

describe('application status: real statuses and next steps', () => {
  const { nextStep, isEditable } = require('../utils/application-status');

  test('every backend status has a label, a theme and a next step', () => {
    const backend = ['draft', 'submitted', 'pre_review', 'supplement_required', 'accepted', 'department_review',
      'registry_review', 'registered', 'certificate_issued', 'delivered', 'returned', 'withdrawn', 'rejected'];
    expect(Object.values(APPLICATION_STATUS).sort()).toEqual([...backend].sort());
    backend.forEach((s) => {
      expect(STATUS_LABELS[s]).toBeTruthy();
      expect(['default', 'primary', 'warning', 'success', 'danger']).toContain(statusTheme(s));
      expect(nextStep(s).hint).toBeTruthy();
    });
    expect(statusLabel('department_review')).toBe('部门并联审批中');
    expect(nextStep('draft').page).toBe('apply');
    expect(nextStep('supplement_required').page).toBe('apply');
    expect(nextStep('accepted').page).toBe('progress');
    expect(isEditable('supplement_required')).toBe(true);
    expect(isEditable('accepted')).toBe(false);
  });
});

describe('formatting', () => {
  const { dateLabel, dateTimeLabel } = require('../utils/date-format');
  const { yuan } = require('../utils/money');
  const { pageUrl } = require('../utils/routes');

  test('dates read the registry\'s wall clock, not the phone\'s zone', () => {
    expect(dateLabel('2026-12-03')).toBe('2026年12月3日');
    expect(dateTimeLabel('2026-11-25T22:22:29.256351+08:00')).toBe('11月25日 22:22');
    expect(dateLabel(null)).toBe('');
  });

  test('amounts in yuan with separators', () => {
    expect(yuan('7256.00')).toBe('7,256.00 元');
    expect(yuan('1234567.5')).toBe('1,234,567.50 元');
    expect(yuan('-98000.00')).toBe('-98,000.00 元');
    expect(yuan('')).toBe('');
  });

  test('page URLs carry encoded query values and skip empty ones', () => {
    expect(pageUrl('apply', { application_id: 'a 1', requirement: '' })).toBe('/pages/apply/index?application_id=a%201');
    expect(pageUrl('guide')).toBe('/pages/guide/index');
    expect(() => pageUrl('nope')).toThrow('unknown page');
  });

  test('ticket ids keep their ":" in paths', () => {
    expect(buildPath('/api/v1/tickets/{ticket}', { ticket: 'submit:a-1:2' })).toBe('/api/v1/tickets/submit:a-1:2');
  });
});

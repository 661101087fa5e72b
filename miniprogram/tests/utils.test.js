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

const elderMode = require('../../behaviors/elder-mode');
const { goLogin } = require('../../utils/routes');
const { bindPhone } = require('../login/logic');
const {
  loadProfile, changeElderMode, logout,
} = require('./logic');

function confirmLogout() {
  return new Promise((resolve) => {
    wx.showModal({
      title: '退出登录',
      content: '退出后需要重新登录才能查看房屋和办证进度。',
      confirmText: '退出',
      cancelText: '取消',
      success: (res) => resolve(Boolean(res && res.confirm)),
      fail: () => resolve(false),
    });
  });
}

Component({
  behaviors: [elderMode],
  data: {
    profileRows: [],
    profileError: '',
    loggingOut: false,
  },
  methods: {
    async onLoad() {
      const profile = await loadProfile();
      this.setData({ profileRows: profile.rows, profileError: profile.errorMessage });
    },
    async onGetPhoneNumber(event) {
      const result = await bindPhone(event.detail);
      if (!result.ok) {
        this.setData({ profileError: result.message });
        return;
      }
      wx.showToast({ title: `已绑定 ${result.phone}`, icon: 'success' });
      await this.onLoad();
    },
    onElderModeChange(event) {
      changeElderMode(event.detail.value);
    },
    async onLogout() {
      if (this.data.loggingOut || !(await confirmLogout())) return;
      this.setData({ loggingOut: true });
      const result = await logout();
      if (result.message) wx.showToast({ title: `已退出本机登录（${result.message}）`, icon: 'none' });
      this.setData({ loggingOut: false });
      goLogin();
    },
  },
});

const elderMode = require('../../behaviors/elder-mode');
const privacy = require('../../services/privacy');
const { goLogin } = require('../../utils/routes');
const { bindPhone } = require('../login/logic');
const {
  loadProfile, loadConsent, changeElderMode, logout, withdrawConsent, deleteAccount,
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

function confirm({ title, content, confirmText }) {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      confirmText,
      confirmColor: '#c9353f',
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
    consentLabel: '',
    withdrawing: false,
    deleting: false,
    deletionReport: null,
  },
  methods: {
    async onLoad() {
      const [profile, consentState] = await Promise.all([loadProfile(), loadConsent()]);
      this.setData({
        profileRows: profile.rows, profileError: profile.errorMessage, consentLabel: consentState.label,
      });
    },
    onOpenContract() {
      privacy.openContract();
    },
    async onWithdrawConsent() {
      if (this.data.withdrawing) return;
      const sure = await confirm({
        title: '撤回同意',
        content: '撤回后，我们将删除您的手机号，不再向您发送短信通知，并退出登录。已提交的申请仍由登记机构依法继续办理。再次登录并同意后可恢复使用。',
        confirmText: '撤回',
      });
      if (!sure) return;
      this.setData({ withdrawing: true });
      const result = await withdrawConsent();
      this.setData({ withdrawing: false });
      if (!result.ok) {
        wx.showToast({ title: result.message, icon: 'none' });
        return;
      }
      wx.showToast({ title: '已撤回同意并退出登录', icon: 'none' });
      goLogin();
    },
    async onDeleteAccount() {
      if (this.data.deleting) return;
      const sure = await confirm({
        title: '注销账号',
        content: '注销后将删除您的手机号、微信登录信息和未受理的申请及材料，且无法恢复。已受理的登记档案依法保留，但不再与您的微信关联。确定注销吗？',
        confirmText: '注销',
      });
      if (!sure) return;
      this.setData({ deleting: true });
      const result = await deleteAccount();
      this.setData({ deleting: false });
      if (!result.ok) {
        wx.showModal({ title: '暂时不能注销', content: result.message, showCancel: false });
        return;
      }
      this.setData({ deletionReport: result.report, profileRows: [] });
    },
    onDeletionDone() {
      goLogin();
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

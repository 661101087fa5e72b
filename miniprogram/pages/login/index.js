const elderMode = require('../../behaviors/elder-mode');
const session = require('../../services/session');
const { goHome } = require('../../utils/routes');
const { COLLECTED_ITEMS, PRIVACY_NOTICE_TITLE } = require('../../utils/privacy');
const privacy = require('../../services/privacy');
const { STEPS, bindPhone, login } = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    step: STEPS.consent,
    agreed: false,
    submitting: false,
    errorMessage: '',
    noticeTitle: PRIVACY_NOTICE_TITLE,
    collectedItems: COLLECTED_ITEMS,
  },
  methods: {
    onLoad() {
      if (session.isLoggedIn()) goHome();
    },
    onAgreeChange(event) {
      this.setData({ agreed: Boolean(event.detail.checked), errorMessage: '' });
    },
    async onLogin() {
      if (this.data.submitting) return;
      this.setData({ submitting: true, errorMessage: '' });
      const result = await login({ agreed: this.data.agreed });
      if (result.ok) {
        this.setData({ submitting: false, step: STEPS.bindPhone });
      } else {
        this.setData({ submitting: false, errorMessage: result.message });
        wx.showToast({ title: result.message, icon: 'none' });
      }
    },
    async onGetPhoneNumber(event) {
      const result = await bindPhone(event.detail);
      if (result.ok) {
        wx.showToast({ title: `已绑定 ${result.phone}`, icon: 'success' });
        goHome();
      } else {
        this.setData({ errorMessage: result.message });
      }
    },
    onOpenContract() {
      privacy.openContract();
    },
    onBindLater() {
      goHome();
    },
  },
});

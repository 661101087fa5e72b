const elderMode = require('../../behaviors/elder-mode');
const privacy = require('../../services/privacy');
const { COLLECTED_ITEMS, PRIVACY_NOTICE_TITLE } = require('../../utils/privacy');

/*
 * WeChat's privacy-authorisation popup (services/privacy.js): shown when a privacy-covered API
 * (phone number, camera, album, chat files) needs the owner's consent first. Pages that use such
 * APIs include <privacy-popup />; it stays hidden until WeChat asks.
 */
Component({
  behaviors: [elderMode],
  options: { styleIsolation: 'apply-shared' },
  data: {
    visible: false,
    purpose: '',
    title: PRIVACY_NOTICE_TITLE,
    items: COLLECTED_ITEMS,
    agreeId: privacy.AGREE_BUTTON_ID,
  },
  lifetimes: {
    attached() {
      this.unsubscribe = privacy.subscribe((request) => {
        this.setData({ visible: Boolean(request), purpose: request ? privacy.purposeOf(request.referrer) : '' });
        if (request) privacy.exposed();
      });
    },
    detached() {
      if (this.unsubscribe) this.unsubscribe();
    },
  },
  methods: {
    onAgree() {
      privacy.agree();
    },
    onDisagree() {
      privacy.disagree();
      wx.showToast({ title: '未同意，该功能暂不可用', icon: 'none' });
    },
    onOpenContract() {
      privacy.openContract();
    },
    noop() {},
  },
});

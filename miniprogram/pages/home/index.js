const elderMode = require('../../behaviors/elder-mode');
const session = require('../../services/session');
const { PAGES, pageUrl, goLogin } = require('../../utils/routes');
const {
  LIST_STATUS, loadHouses, loadApplications, loadPendingSignatures, loadUnread,
} = require('./logic');
const subscribe = require('../../utils/subscribe');

Component({
  behaviors: [elderMode],
  data: {
    status: LIST_STATUS.loading,
    houses: [],
    errorMessage: '',
    appStatus: LIST_STATUS.loading,
    applications: [],
    appErrorMessage: '',
    unread: 0,
    toSign: [],
  },
  methods: {
    onLoad() {
      if (!session.isLoggedIn()) {
        goLogin();
        return;
      }
      this.refresh();
      subscribe.prepare(); // template ids for the moments that ask (no popup here)
    },
    onShow() {
      // Coming back from the wizard or the progress page: statuses may have moved.
      if (this.shownOnce && session.isLoggedIn()) {
        if (this.data.status === LIST_STATUS.empty) this.refreshHouses(); // back from 绑定房屋
        this.refreshApplications();
        this.refreshUnread();
        this.refreshSignatures();
      }
      this.shownOnce = true;
    },
    async onPullDownRefresh() {
      await this.refresh();
      wx.stopPullDownRefresh();
    },
    onRetry() {
      this.setData({ status: LIST_STATUS.loading, errorMessage: '' });
      return this.refreshHouses();
    },
    onRetryApplications() {
      this.setData({ appStatus: LIST_STATUS.loading, appErrorMessage: '' });
      return this.refreshApplications();
    },
    refresh() {
      return Promise.all([
        this.refreshHouses(), this.refreshApplications(), this.refreshSignatures(), this.refreshUnread(),
      ]);
    },
    async refreshUnread() {
      this.setData({ unread: await loadUnread() });
    },
    async refreshSignatures() {
      const next = await loadPendingSignatures();
      this.setData({ toSign: next.items });
    },
    onOpenSignature(event) {
      wx.navigateTo({ url: event.currentTarget.dataset.url });
    },
    onOpenIdentity() {
      wx.navigateTo({ url: PAGES.identity });
    },
    async refreshHouses() {
      const next = await loadHouses({ previous: this.data.houses });
      this.setData({ status: next.status, houses: next.houses, errorMessage: next.errorMessage });
      if (next.toast) wx.showToast({ title: next.toast, icon: 'none' });
    },
    async refreshApplications() {
      const next = await loadApplications({ previous: this.data.applications });
      this.setData({ appStatus: next.status, applications: next.applications, appErrorMessage: next.errorMessage });
      if (next.toast) wx.showToast({ title: next.toast, icon: 'none' });
    },
    onOpenApplication(event) {
      wx.navigateTo({ url: event.detail.url });
    },
    onBindHouse() {
      wx.navigateTo({ url: PAGES.bind });
    },
    onApply() {
      wx.navigateTo({ url: PAGES.apply });
    },
    onOpenMessages() {
      wx.navigateTo({ url: PAGES.messages });
    },
    onOpenCertificates() {
      wx.navigateTo({ url: PAGES.certificates });
    },
    onOpenRatings() {
      wx.navigateTo({ url: PAGES.myRatings });
    },
    onOpenGuide() {
      wx.navigateTo({ url: pageUrl('guide', { type: 'transfer_registration' }) });
    },
    onOpenSettings() {
      wx.navigateTo({ url: PAGES.settings });
    },
  },
});

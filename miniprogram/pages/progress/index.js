const elderMode = require('../../behaviors/elder-mode');
const { loadProgress, confirmArea } = require('./logic');

function confirmDialog(content) {
  return new Promise((resolve) => {
    wx.showModal({
      title: '确认面积差异结算',
      content,
      confirmText: '确认',
      cancelText: '再看看',
      success: (res) => resolve(Boolean(res && res.confirm)),
      fail: () => resolve(false),
    });
  });
}

Component({
  behaviors: [elderMode],
  data: {
    loading: true, view: null, errorMessage: '', confirming: false,
  },
  methods: {
    async onLoad(query = {}) {
      this.applicationId = query.application_id;
      await this.refresh();
      this.loadedOnce = true;
    },
    onShow() {
      // Back from the wizard (re-uploaded, re-submitted) or from WeChat: the case may have moved.
      if (this.loadedOnce && !this.refreshing) this.refresh();
    },
    async onPullDownRefresh() {
      await this.refresh();
      wx.stopPullDownRefresh();
    },
    async refresh() {
      this.refreshing = true;
      const result = await loadProgress(this.applicationId);
      this.refreshing = false;
      if (result.view || !this.data.view) {
        this.setData({ loading: false, view: result.view, errorMessage: result.errorMessage });
      } else {
        this.setData({ loading: false });
        wx.showToast({ title: result.errorMessage, icon: 'none' });
      }
    },
    onRetry() {
      this.setData({ loading: true, errorMessage: '' });
      return this.refresh();
    },
    onOpen(event) {
      wx.navigateTo({ url: event.currentTarget.dataset.url });
    },
    async onConfirmArea() {
      if (this.data.confirming || !(await confirmDialog(this.data.view.areaAction))) return;
      this.setData({ confirming: true });
      const result = await confirmArea(this.applicationId);
      if (result.view) this.setData({ view: result.view });
      else wx.showToast({ title: result.errorMessage, icon: 'none' });
      this.setData({ confirming: false });
    },
  },
});

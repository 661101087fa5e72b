const elderMode = require('../../behaviors/elder-mode');
const session = require('../../services/session');
const { PAGES, goLogin } = require('../../utils/routes');
const { LIST_STATUS, loadHouses } = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    status: LIST_STATUS.loading,
    houses: [],
    errorMessage: '',
  },
  methods: {
    onLoad() {
      if (!session.isLoggedIn()) {
        goLogin();
        return;
      }
      this.refresh();
    },
    async onPullDownRefresh() {
      await this.refresh();
      wx.stopPullDownRefresh();
    },
    onRetry() {
      this.setData({ status: LIST_STATUS.loading, errorMessage: '' });
      return this.refresh();
    },
    async refresh() {
      const next = await loadHouses({ previous: this.data.houses });
      this.setData({ status: next.status, houses: next.houses, errorMessage: next.errorMessage });
      if (next.toast) wx.showToast({ title: next.toast, icon: 'none' });
    },
    onOpenSettings() {
      wx.navigateTo({ url: PAGES.settings });
    },
  },
});

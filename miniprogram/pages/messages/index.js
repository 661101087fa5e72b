const elderMode = require('../../behaviors/elder-mode');
const notifications = require('../../services/notifications');
const { userMessage } = require('../../services/errors');
const { loadPage } = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    loading: true, items: [], unread: 0, hasMore: false, errorMessage: '',
  },
  methods: {
    async onLoad() {
      this.page = 1;
      await this.refresh();
    },
    async onPullDownRefresh() {
      this.page = 1;
      await this.refresh();
      wx.stopPullDownRefresh();
    },
    async onReachBottom() {
      if (!this.data.hasMore) return;
      this.page += 1;
      const next = await loadPage(this.page);
      this.setData({ items: this.data.items.concat(next.items), hasMore: next.hasMore });
    },
    async refresh() {
      const next = await loadPage(1);
      this.setData({ loading: false, ...next });
    },
    async onOpen(event) {
      const { index } = event.currentTarget.dataset;
      const item = this.data.items[index];
      if (item.unread) {
        try {
          await notifications.markRead(item.id);
          this.setData({ [`items[${index}].unread`]: false, unread: Math.max(0, this.data.unread - 1) });
        } catch (error) {
          wx.showToast({ title: userMessage(error), icon: 'none' });
        }
      }
      if (item.url) wx.navigateTo({ url: item.url });
    },
    async onReadAll() {
      try {
        await notifications.markAllRead();
        this.setData({ items: this.data.items.map((m) => ({ ...m, unread: false })), unread: 0 });
      } catch (error) {
        wx.showToast({ title: userMessage(error), icon: 'none' });
      }
    },
  },
});

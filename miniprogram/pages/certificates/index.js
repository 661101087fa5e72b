const elderMode = require('../../behaviors/elder-mode');
const { loadCertificates, act } = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    loading: true, items: [], errorMessage: '', busy: '',
  },
  methods: {
    async onLoad(query = {}) {
      this.highlight = query.application_id || '';
      await this.refresh();
    },
    async onPullDownRefresh() {
      await this.refresh();
      wx.stopPullDownRefresh();
    },
    async refresh() {
      const result = await loadCertificates(this.highlight);
      if (result.items) this.setData({ loading: false, items: result.items, errorMessage: '' });
      else this.setData({ loading: false, errorMessage: result.errorMessage });
    },
    onRetry() {
      this.setData({ loading: true, errorMessage: '' });
      return this.refresh();
    },
    async onAct(event) {
      const { action, index } = event.currentTarget.dataset;
      const item = this.data.items[index];
      if (!item || this.data.busy) return;
      this.setData({ busy: `${action}-${index}` });
      const message = await act(action, item);
      this.setData({ busy: '' });
      if (message) wx.showToast({ title: message, icon: 'none' });
    },
  },
});

const elderMode = require('../../../behaviors/elder-mode');
const { loadDocument, openFile } = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    loading: true, view: null, errorMessage: '', opening: '',
  },
  methods: {
    async onLoad(query = {}) {
      this.requestId = query.request_id;
      await this.refresh();
    },
    onShow() {
      // Back from the signature pad or the video check: the document has moved on.
      if (this.loaded) this.refresh();
    },
    async onPullDownRefresh() {
      await this.refresh();
      wx.stopPullDownRefresh();
    },
    async refresh() {
      const result = await loadDocument(this.requestId);
      this.loaded = true;
      this.setData({ loading: false, view: result.view, errorMessage: result.errorMessage });
    },
    onRetry() {
      this.setData({ loading: true, errorMessage: '' });
      return this.refresh();
    },
    async onOpen(event) {
      const which = event.currentTarget.dataset.which;
      if (this.data.opening) return;
      this.setData({ opening: which });
      const message = await openFile(this.requestId, which);
      this.setData({ opening: '' });
      if (message) wx.showToast({ title: message, icon: 'none' });
    },
    onGo(event) {
      wx.navigateTo({ url: event.currentTarget.dataset.url });
    },
  },
});

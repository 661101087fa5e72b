const elderMode = require('../../../behaviors/elder-mode');
const { pageUrl } = require('../../../utils/routes');
const { loadFace, refreshFace } = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    loading: true, errorMessage: '', view: null, refreshing: false, next: '',
  },
  methods: {
    async onLoad(query = {}) {
      this.checkId = query.check_id;
      this.next = query.next || '';
      const loaded = await loadFace(this.checkId);
      this.setData({
        loading: false, view: loaded.view, errorMessage: loaded.errorMessage, next: this.next,
      });
    },
    onShow() {
      // Back from the provider's page (face/web): ask the server, which pulls the result.
      if (!this.opened) return;
      this.opened = false;
      this.refresh();
    },
    onOpen() {
      this.opened = true;
      wx.navigateTo({ url: pageUrl('identityFaceWeb', { check_id: this.checkId }) });
    },
    async refresh() {
      if (this.data.refreshing) return;
      this.setData({ refreshing: true, errorMessage: '' });
      const result = await refreshFace(this.checkId);
      this.setData({ refreshing: false, view: result.view || this.data.view, errorMessage: result.errorMessage });
    },
    onRefresh() {
      return this.refresh();
    },
    onRestart() {
      wx.redirectTo({ url: pageUrl('identity', { next: this.next }) });
    },
    onBackToDocument() {
      wx.redirectTo({ url: pageUrl('signDocument', { request_id: this.next }) });
    },
  },
});

const elderMode = require('../../behaviors/elder-mode');
const { pageUrl } = require('../../utils/routes');
const { loadIdentity, startCheck } = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    loading: true, view: null, errorMessage: '', agreed: false, starting: false, next: '',
  },
  methods: {
    async onLoad(query = {}) {
      this.next = query.next || '';
      this.setData({ next: this.next });
      await this.refresh();
    },
    onShow() {
      if (this.loaded && !this.data.starting) this.refresh();
    },
    async refresh() {
      const result = await loadIdentity({ next: this.next });
      this.loaded = true;
      this.setData({ loading: false, view: result.view, errorMessage: result.errorMessage });
    },
    onRetry() {
      this.setData({ loading: true, errorMessage: '' });
      return this.refresh();
    },
    onToggleAgree() {
      this.setData({ agreed: !this.data.agreed });
    },
    async onStart() {
      if (!this.data.agreed || this.data.starting) return;
      this.setData({ starting: true });
      const result = await startCheck(this.data.view.consent, { next: this.next });
      this.setData({ starting: false });
      if (result.errorMessage) {
        wx.showToast({ title: result.errorMessage, icon: 'none' });
        return;
      }
      wx.navigateTo({ url: result.url || pageUrl('identityRecord', { check_id: result.checkId }) });
    },
    onContinue() {
      wx.navigateTo({ url: this.data.view.continueUrl });
    },
    onBackToDocument() {
      wx.redirectTo({ url: pageUrl('signDocument', { request_id: this.next }) });
    },
  },
});

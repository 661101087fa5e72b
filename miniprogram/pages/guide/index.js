const elderMode = require('../../behaviors/elder-mode');
const { loadGuide } = require('./logic');

Component({
  behaviors: [elderMode],
  data: { loading: true, view: null, errorMessage: '' },
  methods: {
    async onLoad(query = {}) {
      this.query = { type: query.type, applicationId: query.application_id, houseId: query.house_id };
      await this.refresh();
    },
    async refresh() {
      const result = await loadGuide(this.query);
      this.setData({ loading: false, view: result.view, errorMessage: result.errorMessage });
    },
    onRetry() {
      this.setData({ loading: true, errorMessage: '' });
      return this.refresh();
    },
    onApply() {
      wx.navigateTo({ url: this.data.view.applyUrl });
    },
  },
});

const elderMode = require('../../behaviors/elder-mode');
const session = require('../../services/session');
const { PAGES, goLogin } = require('../../utils/routes');
const logic = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    loading: true, target: null, errorMessage: '', level: 0, indicators: {}, comment: '',
    submitting: false, submitError: '', done: null,
  },
  methods: {
    async onLoad(query = {}) {
      if (!session.isLoggedIn()) {
        // Scanned before logging in: remember the code and come back here after login.
        wx.setStorageSync('banzheng.pendingRating', logic.codeFromQuery(query));
        goLogin();
        return;
      }
      const loaded = await logic.loadTarget(query);
      this.code = loaded.code;
      this.setData({ loading: false, target: loaded.target, errorMessage: loaded.errorMessage });
    },
    onPickLevel(event) {
      this.setData({ level: Number(event.currentTarget.dataset.value), submitError: '' });
    },
    onPickIndicator(event) {
      const { code, value } = event.currentTarget.dataset;
      const current = this.data.indicators[code];
      this.setData({ [`indicators.${code}`]: current === Number(value) ? 0 : Number(value) });
    },
    onComment(event) {
      this.setData({ comment: event.detail.value });
    },
    async onSubmit() {
      if (this.data.submitting) return;
      this.setData({ submitting: true, submitError: '' });
      const result = await logic.submit(this.code, {
        level: this.data.level, indicators: this.data.indicators, comment: this.data.comment,
      });
      this.setData({ submitting: false, submitError: result.errorMessage, done: result.rating });
    },
    onMine() {
      wx.redirectTo({ url: PAGES.myRatings });
    },
  },
});

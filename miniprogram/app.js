const { loadElderMode } = require('./utils/elder-mode');

App({
  globalData: {
    elderMode: false,
  },
  onLaunch() {
    loadElderMode();
  },
});

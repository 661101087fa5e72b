/*
 * The app owns what outlives a page: the 适老化 switch, the upload queue (services/upload-queue.js:
 * resumes on network change, on coming back to the foreground and after a cold start) and WeChat's
 * privacy-authorisation prompt (services/privacy.js: answers wx.onNeedPrivacyAuthorization for
 * whichever page is showing).
 */
const { loadElderMode } = require('./utils/elder-mode');
const { uploadQueue } = require('./services/upload-queue');
const privacy = require('./services/privacy');

App({
  globalData: {
    elderMode: false,
  },
  onLaunch() {
    loadElderMode();
    privacy.listen();
    uploadQueue.start();
  },
  onShow() {
    // Back from the background (or from the file picker): carry on with whatever paused.
    uploadQueue.resume();
  },
});

const elderMode = require('../../../behaviors/elder-mode');
const { pageUrl } = require('../../../utils/routes');
const {
  loadCheck, uploadAndCheck, secondsLeft,
} = require('./logic');

function fileSize(path) {
  return new Promise((resolve) => {
    wx.getFileSystemManager().getFileInfo({
      filePath: path,
      success: (res) => resolve(res.size),
      fail: () => resolve(0),
    });
  });
}

Component({
  behaviors: [elderMode],
  data: {
    loading: true,
    errorMessage: '',
    challenge: null,
    result: null,
    recording: false,
    elapsed: 0,
    uploading: false,
    percent: 0,
    secondsLeft: 0,
  },
  lifetimes: {
    detached() {
      this.stopTimers();
    },
  },
  methods: {
    async onLoad(query = {}) {
      this.checkId = query.check_id;
      this.next = query.next || '';
      const loaded = await loadCheck(this.checkId);
      this.expiresAt = loaded.check && loaded.check.challenge ? loaded.check.challenge.expires_at : null;
      this.setData({
        loading: false,
        errorMessage: loaded.errorMessage,
        challenge: loaded.challenge,
        result: loaded.result,
        secondsLeft: loaded.challenge ? loaded.challenge.secondsLeft : 0,
      });
      if (loaded.challenge) this.startCountdown();
    },
    startCountdown() {
      this.countdown = setInterval(() => {
        const left = secondsLeft(this.expiresAt);
        this.setData({ secondsLeft: left });
        if (left <= 0 && !this.data.recording && !this.data.uploading) {
          this.stopTimers();
          this.setData({ result: { state: 'expired', title: '动作码已过期', text: '请返回重新开始核验。' }, challenge: null });
        }
      }, 1000);
    },
    stopTimers() {
      if (this.countdown) clearInterval(this.countdown);
      if (this.ticker) clearInterval(this.ticker);
      this.countdown = null;
      this.ticker = null;
    },
    onStartRecord() {
      if (this.data.recording) return;
      this.camera = this.camera || wx.createCameraContext();
      this.camera.startRecord({
        timeout: this.data.challenge.maxSeconds,
        // WeChat stops by itself at the limit and hands over the file here.
        timeoutCallback: (res) => this.recorded(res),
        success: () => {
          this.startedAt = Date.now();
          this.setData({ recording: true, elapsed: 0 });
          this.ticker = setInterval(() => this.setData({ elapsed: Math.floor((Date.now() - this.startedAt) / 1000) }), 500);
        },
        fail: () => wx.showToast({ title: '无法使用摄像头，请在设置中允许使用摄像头和麦克风', icon: 'none' }),
      });
    },
    onStopRecord() {
      if (!this.data.recording) return;
      if (this.data.elapsed < this.data.challenge.minSeconds) {
        wx.showToast({ title: `请至少录制 ${this.data.challenge.minSeconds} 秒`, icon: 'none' });
        return;
      }
      this.camera.stopRecord({
        compressed: true,
        success: (res) => this.recorded(res),
        fail: () => wx.showToast({ title: '录制失败，请重新录制', icon: 'none' }),
      });
    },
    async recorded(res) {
      if (this.data.uploading) return;
      this.stopTimers();
      this.setData({ recording: false, uploading: true, percent: 0 });
      const video = { path: res.tempVideoPath, size: await fileSize(res.tempVideoPath) };
      const outcome = await uploadAndCheck(this.checkId, video, {
        onPercent: (percent) => this.setData({ percent }),
      });
      this.setData({ uploading: false, challenge: null, result: outcome.result });
      if (outcome.errorMessage) {
        this.setData({ errorMessage: outcome.errorMessage });
      }
    },
    onRestart() {
      wx.redirectTo({ url: pageUrl('identity', { next: this.next }) });
    },
    onCameraError() {
      wx.showToast({ title: '无法打开摄像头，请在设置中允许使用摄像头和麦克风', icon: 'none' });
    },
  },
});

const elderMode = require('../../../behaviors/elder-mode');
const { createPad, paint, submitSignature } = require('./logic');

function readBase64(filePath) {
  return new Promise((resolve, reject) => {
    wx.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (res) => resolve(res.data),
      fail: reject,
    });
  });
}

function exportPng(canvas) {
  return new Promise((resolve, reject) => {
    wx.canvasToTempFilePath({
      canvas,
      fileType: 'png',
      success: (res) => resolve(res.tempFilePath),
      fail: reject,
    });
  });
}

Component({
  behaviors: [elderMode],
  data: {
    empty: true, signing: false, errorMessage: '',
  },
  lifetimes: {
    ready() {
      wx.createSelectorQuery().in(this).select('#pad').fields({ node: true, size: true }).exec((res) => {
        const found = res && res[0];
        if (!found || !found.node) return;
        const ratio = (wx.getWindowInfo ? wx.getWindowInfo().pixelRatio : 2) || 2;
        this.canvas = found.node;
        this.width = found.width;
        this.height = found.height;
        this.canvas.width = found.width * ratio;
        this.canvas.height = found.height * ratio;
        this.ctx = this.canvas.getContext('2d');
        this.ctx.scale(ratio, ratio);
      });
    },
  },
  methods: {
    onLoad(query = {}) {
      this.requestId = query.request_id;
      this.sha = query.sha;
      this.pad = createPad();
    },
    point(event) {
      const touch = (event.touches && event.touches[0]) || (event.changedTouches && event.changedTouches[0]) || {};
      return [touch.x, touch.y];
    },
    onTouchStart(event) {
      this.pad.start(...this.point(event));
      this.repaint();
    },
    onTouchMove(event) {
      this.pad.move(...this.point(event));
      this.repaint();
    },
    onTouchEnd() {
      this.pad.end();
      this.setData({ empty: !this.pad.isEnough() });
    },
    repaint() {
      if (this.ctx) paint(this.ctx, this.pad.strokes, this.width, this.height);
    },
    onUndo() {
      this.pad.undo();
      this.repaint();
      this.setData({ empty: !this.pad.isEnough() });
    },
    onClear() {
      this.pad.clear();
      this.repaint();
      this.setData({ empty: true, errorMessage: '' });
    },
    async onSign() {
      if (this.data.signing) return;
      if (!this.pad.isEnough()) {
        this.setData({ errorMessage: '请在方框内写下您的姓名' });
        return;
      }
      this.setData({ signing: true, errorMessage: '' });
      let png;
      try {
        png = await readBase64(await exportPng(this.canvas));
      } catch (error) {
        this.setData({ signing: false, errorMessage: '签名图片生成失败，请重新书写' });
        return;
      }
      const result = await submitSignature(this.requestId, png, this.sha);
      this.setData({ signing: false, errorMessage: result.errorMessage });
      if (result.request) {
        wx.showToast({ title: '签署成功', icon: 'success' });
        wx.navigateBack();
      }
    },
  },
});

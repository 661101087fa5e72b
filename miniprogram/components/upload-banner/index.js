const elderMode = require('../../behaviors/elder-mode');
const { uploadQueue, UPLOAD_STATE } = require('../../services/upload-queue');
const { bannerView } = require('../../utils/upload-view');

/*
 * Files still on their way to the registry (the app-level upload queue), with 继续上传. Shown on
 * the home page (all applications) and in the wizard (`application-id` set: that one only).
 */
Component({
  behaviors: [elderMode],
  options: { styleIsolation: 'apply-shared' },
  properties: {
    applicationId: { type: String, value: '' },
  },
  data: { banner: null },
  lifetimes: {
    attached() {
      this.unsubscribe = uploadQueue.subscribe((entries) => this.show(entries));
      this.show(uploadQueue.entriesFor());
    },
    detached() {
      if (this.unsubscribe) this.unsubscribe();
    },
  },
  methods: {
    show(entries) {
      const mine = entries.filter((e) => !this.data.applicationId || e.applicationId === this.data.applicationId);
      this.setData({ banner: bannerView(mine, { online: uploadQueue.isOnline() }) });
    },
    onResume() {
      uploadQueue.resume(this.data.applicationId ? { applicationId: this.data.applicationId } : {});
    },
  },
});

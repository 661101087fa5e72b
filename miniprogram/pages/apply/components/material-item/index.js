const elderMode = require('../../../../behaviors/elder-mode');

/*
 * One checklist item in the wizard: its state, the ways to provide it (camera, album, a PDF
 * from a chat, a commitment letter where allowed) and the upload progress. `item` is a row from
 * pages/apply/logic.materialRows. Emits `choose` {code, source}, `commit` {code} and `resume`
 * {code} (继续上传 of a paused upload).
 */
Component({
  behaviors: [elderMode],
  options: { styleIsolation: 'apply-shared' },
  properties: {
    item: { type: Object, value: {} },
    disabled: { type: Boolean, value: false },
  },
  methods: {
    onChoose(event) {
      if (this.data.disabled || this.data.item.uploading) return;
      this.triggerEvent('choose', { code: this.data.item.code, source: event.currentTarget.dataset.source });
    },
    onResume() {
      if (this.data.disabled) return;
      this.triggerEvent('resume', { code: this.data.item.code });
    },
    onCommit() {
      if (this.data.disabled || this.data.item.uploading) return;
      this.triggerEvent('commit', { code: this.data.item.code });
    },
  },
});

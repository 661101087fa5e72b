/* 风险提示: the notices of the current step, rendered from the server's sanitised HTML. */
const elderMode = require('../../behaviors/elder-mode');

Component({
  behaviors: [elderMode],
  properties: {
    notices: { type: Array, value: [] },
  },
  data: { open: {} },
  methods: {
    onToggle(event) {
      const { key } = event.currentTarget.dataset;
      this.setData({ [`open.${key}`]: !this.data.open[key] });
    },
  },
});

const elderMode = require('../../behaviors/elder-mode');

/*
 * One of my applications on the home page: where it stands and what comes next. `application`
 * is a view model from pages/home/logic.applicationView. Emits `open` {url}.
 */
Component({
  behaviors: [elderMode],
  options: { styleIsolation: 'apply-shared' },
  properties: {
    application: { type: Object, value: {} },
  },
  methods: {
    onTap() {
      this.triggerEvent('open', { url: this.data.application.url });
    },
  },
});

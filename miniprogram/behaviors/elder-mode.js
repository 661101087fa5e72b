/*
 * Shared by every page and our components: keeps `elderMode` / `elderClass` in data in step
 * with the 适老化 switch. Pages put `class="page {{elderClass}}"` on their root view.
 */
const elder = require('../utils/elder-mode');

module.exports = Behavior({
  data: elder.viewState(false),
  lifetimes: {
    attached() {
      this.setData(elder.viewState(elder.isElderMode()));
      this.unsubscribeElderMode = elder.subscribe((enabled) => this.setData(elder.viewState(enabled)));
    },
    detached() {
      if (this.unsubscribeElderMode) this.unsubscribeElderMode();
    },
  },
});

const elderMode = require('../../behaviors/elder-mode');

/* One house (房屋) of the owner. `house` is a view model from utils/house-format.houseView. */
Component({
  behaviors: [elderMode],
  options: { styleIsolation: 'apply-shared' },
  properties: {
    house: { type: Object, value: {} },
  },
});

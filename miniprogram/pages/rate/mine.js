const elderMode = require('../../behaviors/elder-mode');
const { loadMine } = require('./logic');

Component({
  behaviors: [elderMode],
  data: { loading: true, items: [], errorMessage: '' },
  methods: {
    async onLoad() {
      const result = await loadMine();
      this.setData({ loading: false, ...result });
    },
  },
});

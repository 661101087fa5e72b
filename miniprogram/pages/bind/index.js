const elderMode = require('../../behaviors/elder-mode');
const session = require('../../services/session');
const { goLogin, goHome } = require('../../utils/routes');
const { houseView } = require('../../utils/house-format');
const {
  findEstates, submit, windowCode,
} = require('./logic');

Component({
  behaviors: [elderMode],
  data: {
    keyword: '',
    estates: [],
    estateHint: '',
    estate: null,
    realName: '',
    idNumber: '',
    contractNumber: '',
    submitting: false,
    errorMessage: '',
    bound: [],
    doneMessage: '',
    code: '',
    codeError: '',
  },
  methods: {
    onLoad() {
      if (!session.isLoggedIn()) goLogin();
    },
    onKeyword(event) {
      this.setData({ keyword: event.detail.value });
    },
    async onSearch() {
      const next = await findEstates(this.data.keyword);
      this.setData({ estates: next.estates, estateHint: next.hint });
    },
    onPickEstate(event) {
      const id = event.currentTarget.dataset.id;
      const estate = this.data.estates.find((e) => e.id === id) || null;
      this.setData({ estate, estates: [], estateHint: '' });
    },
    onClearEstate() {
      this.setData({ estate: null });
    },
    onInput(event) {
      this.setData({ [event.currentTarget.dataset.field]: event.detail.value, errorMessage: '' });
    },
    async onSubmit() {
      if (this.data.submitting) return;
      this.setData({ submitting: true, errorMessage: '' });
      const result = await submit({
        realName: this.data.realName,
        idNumber: this.data.idNumber,
        contractNumber: this.data.contractNumber,
        communityId: this.data.estate && this.data.estate.id,
      });
      this.setData({
        submitting: false,
        errorMessage: result.ok ? '' : result.message,
        bound: result.houses.map(houseView),
        doneMessage: result.ok ? result.message : '',
      });
    },
    async onWindowCode() {
      const next = await windowCode();
      this.setData({ code: next.code, codeError: next.error });
    },
    onDone() {
      goHome();
    },
  },
});

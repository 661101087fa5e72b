const elderMode = require('../../behaviors/elder-mode');
const { uploadQueue } = require('../../services/upload-queue');
const { getApplication } = require('../../services/applications');
const { itemUploadView } = require('../../utils/upload-view');
const logic = require('./logic');

function chooseFile(source) {
  return new Promise((resolve) => {
    const done = (res) => resolve(logic.chosenFile(source, res));
    const cancelled = () => resolve(null);
    if (source === 'chat') {
      wx.chooseMessageFile({
        count: 1, type: 'file', extension: ['pdf'], success: done, fail: cancelled,
      });
    } else {
      wx.chooseMedia({
        count: 1, mediaType: ['image'], sourceType: [source], sizeType: ['original'], success: done, fail: cancelled,
      });
    }
  });
}

function confirmCommitment(name) {
  return new Promise((resolve) => {
    wx.showModal({
      title: '签署告知承诺书',
      content: `本人承诺「${name}」相关情况真实。承诺不实的，将承担相应法律责任，登记机构将事后核查。`,
      confirmText: '签署',
      cancelText: '取消',
      success: (res) => resolve(Boolean(res && res.confirm)),
      fail: () => resolve(false),
    });
  });
}

const subscribe = require('../../utils/subscribe');
const guides = require('../../services/guides');

Component({
  behaviors: [elderMode],
  data: {
    loading: true,
    errorMessage: '',
    step: logic.STEPS.pick,
    houses: [],
    types: [],
    houseId: '',
    typeCode: logic.DEFAULT_TYPE,
    contractPrice: '',
    homeCount: 1,
    homeCounts: [{ value: 1, label: '首套' }, { value: 2, label: '第二套' }, { value: 3, label: '三套及以上' }],
    pickError: '',
    starting: false,
    notice: '',
    view: null,
    submitting: false,
    submitError: '',
    notices: [],
    ticket: null,
    result: null,
  },
  lifetimes: {
    detached() {
      this.stopFollowingQueue();
    },
  },
  methods: {
    async onLoad(query = {}) {
      subscribe.prepare(); // template ids for the 提交 moment (no popup here)
      this.loadNotices(query.application_id);
      this.query = query;
      this.localByCode = {};
      this.queueByCode = {};
      this.focus = query.requirement || '';
      // Uploads belong to the app (services/upload-queue.js); the page only follows them.
      this.unsubscribeQueue = uploadQueue.subscribe((entries, event) => this.onQueue(entries, event));
      await this.load();
    },
    onUnload() {
      this.stopFollowingQueue();
    },
    async loadNotices(applicationId) {
      const notices = applicationId
        ? await guides.applicationNotices(applicationId).catch(() => [])
        : await guides.noticesFor('apply').catch(() => []);
      this.setData({ notices });
    },
    stopFollowingQueue() {
      if (this.unsubscribeQueue) this.unsubscribeQueue();
      this.unsubscribeQueue = null;
    },
    async load() {
      const query = this.query || {};
      if (query.application_id) {
        await this.openApplication(query.application_id);
        return;
      }
      const choices = await logic.loadChoices();
      this.setData({
        loading: false,
        errorMessage: choices.errorMessage,
        houses: choices.houses,
        types: choices.types,
        houseId: query.house_id || (choices.houses[0] && choices.houses[0].id) || '',
        typeCode: query.type || logic.DEFAULT_TYPE,
      });
    },
    onRetry() {
      this.setData({ loading: true, errorMessage: '' });
      return this.load();
    },
    followQueue(entries) {
      this.queueByCode = {};
      entries.filter((e) => e.applicationId === this.detail.id)
        .forEach((e) => { this.queueByCode[e.requirementCode] = itemUploadView(e); });
    },
    async onQueue(entries, event = {}) {
      if (!this.detail) return;
      this.followQueue(entries);
      if (event.type === 'done' && event.applicationId === this.detail.id) {
        this.localByCode[event.requirementCode] = { progress: 100 };
        await this.reloadDetail();
      }
      this.render();
    },
    async openApplication(applicationId) {
      const loaded = await logic.loadApplication(applicationId);
      this.types = loaded.types;
      this.detail = loaded.detail;
      this.setData({ loading: false, errorMessage: loaded.errorMessage });
      if (!loaded.detail) return;
      // Files picked before (this session, or before WeChat was closed) are still in the queue.
      this.followQueue(uploadQueue.entriesFor(loaded.detail.id));
      this.render({ step: logic.STEPS.materials });
    },
    render(extra = {}) {
      const uploadsByCode = {};
      (this.detail.materials || []).forEach((m) => {
        uploadsByCode[m.code] = { ...(this.localByCode[m.code] || {}), ...(this.queueByCode[m.code] || {}) };
      });
      const view = logic.wizardView(this.detail, this.types, { focus: this.focus, uploadsByCode });
      this.setData({ view, ...extra });
    },
    onPickHouse(event) {
      this.setData({ houseId: event.currentTarget.dataset.id, pickError: '' });
    },
    onPickType(event) {
      this.setData({ typeCode: event.currentTarget.dataset.code, pickError: '' });
    },
    onPriceInput(event) {
      this.setData({ contractPrice: event.detail.value, pickError: '' });
    },
    onPickHomeCount(event) {
      this.setData({ homeCount: Number(event.currentTarget.dataset.value) });
    },
    async onStart() {
      if (this.data.starting) return;
      this.setData({ starting: true, pickError: '' });
      const started = await logic.startApplication({
        houseId: this.data.houseId, type: this.data.typeCode, contractPrice: this.data.contractPrice, homeCount: this.data.homeCount,
      });
      if (!started.detail) {
        this.setData({ starting: false, pickError: started.errorMessage });
        return;
      }
      const loaded = await logic.loadApplication(started.detail.id);
      this.types = loaded.types;
      this.detail = loaded.detail || started.detail;
      this.followQueue(uploadQueue.entriesFor(this.detail.id));
      this.render({ starting: false, step: logic.STEPS.materials, notice: started.notice });
    },
    async reloadDetail() {
      try {
        this.detail = await getApplication(this.detail.id);
      } catch (error) {
        // the row keeps its local state; the next action shows the error
      }
    },
    async onChoose(event) {
      const { code, source } = event.detail;
      const file = await chooseFile(source);
      if (!file) return;
      const row = this.data.view.rows.find((r) => r.code === code);
      this.localByCode[code] = { fileName: file.name, errorMessage: '' };
      const result = await logic.uploadItem({ applicationId: this.detail.id, row, file });
      if (result.refused) {
        this.localByCode[code] = { errorMessage: result.errorMessage };
        this.render();
      }
    },
    onResume(event) {
      return uploadQueue.resume({ applicationId: this.detail.id, requirementCode: event.detail.code });
    },
    async onCommit(event) {
      const { code } = event.detail;
      const row = this.data.view.rows.find((r) => r.code === code);
      if (!(await confirmCommitment(row.name))) return;
      const result = await logic.commitInstead(this.detail.id, code);
      if (result.detail) {
        this.detail = result.detail;
        this.render();
      } else {
        this.localByCode[code] = { errorMessage: result.errorMessage };
        this.render();
      }
    },
    async onSubmit() {
      if (this.data.submitting || !this.data.view.canSubmit) return;
      // 订阅消息 is asked here, from the tap (never on load); the answer does not block 提交.
      await subscribe.ask(this.detail.status === 'supplement_required' ? 'supplement' : 'submit');
      // One key per 提交: kept across retries until the API has answered with a ticket.
      if (!this.submitKey) this.submitKey = logic.newIdempotencyKey();
      this.setData({ submitting: true, submitError: '', ticket: null });
      const outcome = await logic.submitAndFollow({
        applicationId: this.detail.id,
        idempotencyKey: this.submitKey,
        onTicket: (ticket) => this.setData({ ticket }),
      });
      if (outcome.outcome !== 'error' || !outcome.retryable) this.submitKey = null;
      if (outcome.outcome === 'done') {
        await this.reloadDetail();
        this.render({ submitting: false, step: logic.STEPS.result, result: outcome.result });
        return;
      }
      if (outcome.pendingCodes && outcome.pendingCodes.length) {
        this.focus = outcome.pendingCodes[0];
        await this.reloadDetail();
        this.render();
      }
      const waiting = outcome.outcome === 'waiting' ? '仍在排队预审，结果出来后可在办理进度中查看' : '';
      this.setData({ submitting: false, submitError: outcome.errorMessage || waiting });
    },
    onFix(event) {
      this.focus = event.currentTarget.dataset.code;
      this.render({ step: logic.STEPS.materials, ticket: null });
    },
    onOpen(event) {
      wx.navigateTo({ url: event.currentTarget.dataset.url });
    },
  },
});

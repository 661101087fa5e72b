/*
 * Every page of the mini-program in each of its main states, for the screenshot tests
 * (tests/screenshots/screenshots.test.js renders each in normal and 适老化 mode). Add your page
 * here — see miniprogram/README.md "Screenshots".
 *
 * An entry: { page: 'home', path: 'pages/home/index', states: { <state>: State } }
 * A State:
 *   setup(api)      answers the page's API calls: api.reply(method, path, status, body) on the
 *                   fake server; api.fixture(name) reads tests/screenshots/fixtures/<name>.json,
 *                   recorded from the real backend by scripts/record-fixtures.js;
 *                   api.error(status, code, message) builds the API's error body
 *   query           what onLoad receives (default {})
 *   load            false: do not call onLoad (the page's first paint, e.g. "loading")
 *   after(page, api) runs after onLoad settled: taps, WeChat events, setData for a later step
 * Names become files: miniprogram/screenshots/<page>-<state>-<mode>.png.
 */

const detailOf = (api, name) => api.fixture(name);

const SERVICE_DOWN = ['SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'];

function answerApplication(api, name) {
  const detail = detailOf(api, name);
  api.reply('GET', `/api/v1/applications/${detail.id}`, 200, detail);
  return detail;
}

const PAGES = [
  {
    page: 'home',
    path: 'pages/home/index',
    states: {
      loading: { load: false },
      empty: {
        setup(api) {
          api.reply('GET', '/api/v1/me/houses', 200, { items: [] });
          api.reply('GET', '/api/v1/applications', 200, { ...api.fixture('applications'), items: [], total: 0 });
        },
      },
      error: {
        setup(api) {
          api.reply('GET', '/api/v1/me/houses', 503, api.error(503, ...SERVICE_DOWN));
          api.reply('GET', '/api/v1/applications', 503, api.error(503, ...SERVICE_DOWN));
        },
      },
      data: {
        setup(api) {
          api.reply('GET', '/api/v1/me/houses', 200, api.fixture('houses'));
          api.reply('GET', '/api/v1/applications', 200, api.fixture('applications'));
        },
      },
    },
  },
  {
    page: 'login',
    path: 'pages/login/index',
    states: {
      data: {},
      'bind-phone': {
        async after(page) {
          page.setData({ step: 'bind_phone' });
        },
      },
      privacy: {
        async after(page, api) {
          api.requirePrivacy('chooseMedia');
        },
      },
    },
  },
  {
    page: 'settings',
    path: 'pages/settings/index',
    states: {
      data: {
        setup(api) {
          api.reply('GET', '/api/v1/me', 200, api.fixture('me'));
          api.reply('GET', '/api/v1/me/privacy-consent', 200, api.fixture('privacy-consent'));
        },
      },
      error: {
        setup(api) {
          api.reply('GET', '/api/v1/me', 503, api.error(503, ...SERVICE_DOWN));
          api.reply('GET', '/api/v1/me/privacy-consent', 503, api.error(503, ...SERVICE_DOWN));
        },
      },
      deleted: {
        setup(api) {
          api.reply('GET', '/api/v1/me', 200, api.fixture('me'));
          api.reply('GET', '/api/v1/me/privacy-consent', 200, api.fixture('privacy-consent'));
        },
        async after(page) {
          // the answer DELETE /api/v1/me gives (tests/accounts/test_deletion.py checks the wording)
          page.setData({
            profileRows: [],
            deletionReport: {
              deleted: ['手机号', '微信身份标识（openid）与会话密钥', '昵称', '隐私政策同意记录', '房屋查看权限', '1 件未受理的申请及其材料文件'],
              kept: ['1 件已受理申请的登记档案（含姓名、身份证号和材料，按不动产登记资料管理规定保存），已与您的微信账号断开', '操作审计日志（只记录匿名的账号编号，不含个人信息）'],
            },
          });
        },
      },
    },
  },
  {
    page: 'guide',
    path: 'pages/guide/index',
    states: {
      loading: { load: false },
      error: {
        setup(api) {
          api.reply('GET', '/api/v1/application-types', 503, api.error(503, ...SERVICE_DOWN));
        },
      },
      data: {
        setup(api) {
          api.reply('GET', '/api/v1/application-types', 200, api.fixture('application-types'));
          const detail = answerApplication(api, 'application-draft');
          api.reply('GET', `/api/v1/applications/${detail.id}/fees`, 200, api.fixture('fees'));
        },
        query: (api) => ({ type: 'transfer_registration', application_id: api.fixture('application-draft').id }),
      },
      'before-applying': {
        setup(api) {
          api.reply('GET', '/api/v1/application-types', 200, api.fixture('application-types'));
          api.reply('GET', '/api/v1/me/houses', 200, api.fixture('houses'));
        },
        query: { type: 'transfer_registration' },
      },
    },
  },
  {
    page: 'apply',
    path: 'pages/apply/index',
    states: {
      loading: { load: false },
      error: {
        setup(api) {
          const detail = api.fixture('application-draft');
          api.reply('GET', `/api/v1/applications/${detail.id}`, 503, api.error(503, ...SERVICE_DOWN));
          api.reply('GET', '/api/v1/application-types', 200, api.fixture('application-types'));
        },
        query: (api) => ({ application_id: api.fixture('application-draft').id }),
      },
      pick: {
        setup(api) {
          api.reply('GET', '/api/v1/me/houses', 200, api.fixture('houses'));
          api.reply('GET', '/api/v1/application-types', 200, api.fixture('application-types'));
        },
      },
      materials: {
        setup(api) {
          answerApplication(api, 'application-draft');
          api.reply('GET', '/api/v1/application-types', 200, api.fixture('application-types'));
        },
        query: (api) => ({ application_id: api.fixture('application-draft').id }),
        async after(page, api) {
          // a contract PDF picked while the phone was offline: waiting, with 继续上传
          await api.offlineUpload({ applicationId: api.fixture('application-draft').id, requirementCode: 'purchase_contract', name: '购房合同.pdf' });
        },
      },
      supplement: {
        setup(api) {
          answerApplication(api, 'application-supplement-one-redone');
          api.reply('GET', '/api/v1/application-types', 200, api.fixture('application-types'));
        },
        query: (api) => ({ application_id: api.fixture('application-supplement-one-redone').id, requirement: 'purchase_contract' }),
      },
      result: {
        setup(api) {
          answerApplication(api, 'application-supplement');
          api.reply('GET', '/api/v1/application-types', 200, api.fixture('application-types'));
        },
        query: (api) => ({ application_id: api.fixture('application-supplement').id }),
        async after(page, api) {
          const { preReviewResult } = api.require('pages/apply/logic');
          page.instance.render({ step: 'result', result: preReviewResult(api.fixture('application-supplement')) });
        },
      },
    },
  },
  {
    page: 'progress',
    path: 'pages/progress/index',
    states: {
      loading: { load: false },
      error: {
        setup(api) {
          const detail = api.fixture('application-review');
          api.reply('GET', `/api/v1/applications/${detail.id}`, 404, api.error(404, 'NOT_FOUND', '未找到该申请'));
        },
        query: (api) => ({ application_id: api.fixture('application-review').id }),
      },
      data: {
        setup(api) {
          answerApplication(api, 'application-review');
        },
        // accepted with the invoice deferred (容缺), the tax office's opinion, fund check running
        query: (api) => ({ application_id: api.fixture('application-review').id }),
      },
      supplement: {
        setup(api) {
          answerApplication(api, 'application-supplement');
        },
        query: (api) => ({ application_id: api.fixture('application-supplement').id }),
      },
    },
  },
];

const MODES = ['normal', 'elder'];

/** [{page, path, state, mode, spec, name}] for every page × state × mode. */
function cases() {
  return PAGES.flatMap((entry) => Object.entries(entry.states).flatMap(([state, spec]) => MODES.map((mode) => ({
    page: entry.page, path: entry.path, state, mode, spec, name: `${entry.page}-${state}-${mode}`,
  }))));
}

module.exports = { PAGES, MODES, cases };

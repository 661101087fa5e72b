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

const { FACE_PROVIDER } = require('../helpers/identity');

const detailOf = (api, name) => api.fixture(name);

const SERVICE_DOWN = ['SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'];

function answerApplication(api, name) {
  const detail = detailOf(api, name);
  api.reply('GET', `/api/v1/applications/${detail.id}`, 200, detail);
  return detail;
}

/** The plain-language guide and the risk notices the API serves (staff-edited Markdown). */
function answerGuides(api) {
  api.reply('GET', '/api/v1/guides/application_type/transfer_registration', 200, api.fixture('guide-transfer'));
  api.reply('GET', '/api/v1/notices', 200, api.fixture('notices-apply'));
}

/** The inbox after 补正 and acceptance; the older message already read. */
function inbox(api) {
  const body = api.fixture('messages');
  const items = body.items.map((m, i) => (i === 0 ? m : { ...m, read_at: m.created_at }));
  return { ...body, items, unread: 1 };
}

const RATING_CODE = (api) => api.fixture('rating-target').code;

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
    page: 'bind',
    path: 'pages/bind/index',
    states: {
      form: {
        async after(page) {
          page.setData({
            estate: {
              id: 'c-01', name: '幸福里小区', address: '示例市东城区和平路 18 号', street: '和平街道',
            },
            realName: '张伟',
            idNumber: '110101199003078515',
          });
        },
      },
      'not-matched': {
        setup(api) {
          // the wording communities/binding.py answers (tests/communities/test_binding.py)
          api.reply('POST', '/api/v1/me/houses/bind', 422, api.error(
            422,
            'OWNER_NOT_MATCHED',
            '未能在不动产档案中核对到与您填写的姓名、身份证号一致的产权人。请核对后重试；如确认无误，请携带身份证和购房合同到和平街道便民服务中心的办证窗口（幸福里小区所属）核对，工作人员可为您当场绑定。',
          ));
          api.reply('POST', '/api/v1/me/binding-code', 201, { code: '04718253', expires_at: '2026-12-01T10:10:00+08:00' });
        },
        async after(page) {
          page.setData({ realName: '张伟', idNumber: '110101199003078515' });
          await page.instance.onSubmit();
          await page.instance.onWindowCode();
        },
      },
      done: {
        setup(api) {
          api.reply('POST', '/api/v1/me/houses/bind', 200, {
            houses: api.fixture('houses').items.slice(0, 1), message: '已绑定 1 套房屋，可以开始办证了',
          });
        },
        async after(page) {
          page.setData({ realName: '张伟', idNumber: '110101199003078515' });
          await page.instance.onSubmit();
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
          answerGuides(api);
          const detail = answerApplication(api, 'application-draft');
          api.reply('GET', `/api/v1/applications/${detail.id}/fees`, 200, api.fixture('fees'));
        },
        query: (api) => ({ type: 'transfer_registration', application_id: api.fixture('application-draft').id }),
      },
      'before-applying': {
        setup(api) {
          api.reply('GET', '/api/v1/application-types', 200, api.fixture('application-types'));
          answerGuides(api);
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
  {
    page: 'messages',
    path: 'pages/messages/index',
    states: {
      loading: { load: false },
      empty: {
        setup(api) {
          api.reply('GET', '/api/v1/me/messages', 200, {
            ...api.fixture('messages'), items: [], total: 0, unread: 0,
          });
        },
      },
      error: {
        setup(api) {
          api.reply('GET', '/api/v1/me/messages', 503, api.error(503, ...SERVICE_DOWN));
        },
      },
      data: {
        setup(api) {
          api.reply('GET', '/api/v1/me/messages', 200, inbox(api));
        },
      },
    },
  },
  {
    page: 'rate',
    path: 'pages/rate/index',
    states: {
      loading: { load: false },
      error: {
        setup(api) {
          api.reply('GET', '/api/v1/feedback/t/zzzzzzzzzz', 404, api.error(404, 'NOT_FOUND', '该二维码无效或已停用'));
        },
        query: { scene: 'zzzzzzzzzz' },
      },
      data: {
        setup(api) {
          api.reply('GET', `/api/v1/feedback/t/${RATING_CODE(api)}`, 200, api.fixture('rating-target'));
        },
        // scanned with WeChat: an ordinary QR code opens the page with the whole URL as `q`
        query: (api) => ({ q: encodeURIComponent(api.fixture('rating-target').url) }),
        async after(page) {
          page.setData({ level: 4, indicators: { efficiency: 4, skill: 5, attitude: 5 } });
        },
      },
      'bad-done': {
        setup(api) {
          api.reply('GET', `/api/v1/feedback/t/${RATING_CODE(api)}`, 200, api.fixture('rating-target'));
        },
        query: (api) => ({ scene: RATING_CODE(api) }),
        async after(page, api) {
          const { doneView } = api.require('pages/rate/logic');
          page.setData({ done: doneView(api.fixture('rating-bad')) });
        },
      },
    },
  },
  {
    page: 'rate-mine',
    path: 'pages/rate/mine',
    states: {
      empty: {
        setup(api) {
          api.reply('GET', '/api/v1/me/ratings', 200, { items: [] });
        },
      },
      data: {
        setup(api) {
          api.reply('GET', '/api/v1/me/ratings', 200, api.fixture('ratings-mine'));
        },
      },
    },
  },
];

/* Identity check and e-signature (pages/identity/): API answers shaped like the backend's. */
const CONSENT = {
  version: '2026-12-01',
  sha256: 'c'.repeat(64),
  text: '人脸信息处理单独同意书\n为办理不动产登记（小区办证）中的远程身份核验，我们需要处理您的以下敏感个人信息：\n一、处理的信息：您本次录制的视频（包括面部影像和朗读数字的声音），以及您已提交的身份证照片。\n二、处理目的：仅用于核实正在办理业务的人是产权登记的业主本人。\n四、保存期限：视频在核验结论作出后保存 30 天，期满自动删除。\n五、您的权利：您可以不同意。不同意不影响您到登记窗口当面办理。',
  retention_days: 30,
};

function identityCheck(overrides = {}) {
  return {
    id: 'chk-7d1c2a90',
    status: 'awaiting_video',
    status_label: '请录制核验视频',
    provider: 'manual',
    provider_label: '工作人员视频审核',
    challenge: {
      digits: '48213', action: 'nod', action_label: '正对镜头点两次头', expires_at: new Date(Date.now() + 280000).toISOString(),
    },
    upload: {
      metadata_key: 'identity_check_id', formats: ['mp4', 'mov'], max_bytes: 31457280, min_seconds: 3, max_seconds: 30,
    },
    provider_url: null,
    problems: [],
    decision_reason: '',
    passed_until: null,
    created_at: '2026-12-01T10:00:00+08:00',
    decided_at: null,
    video_deleted_at: null,
    ...overrides,
  };
}

function letter(overrides = {}) {
  return {
    id: 'req-51f0',
    kind: 'commitment_letter',
    title: '告知承诺书',
    status: 'pending',
    status_label: '待签署',
    application_id: 'a-01',
    requirement_code: 'marital_status',
    document_sha256: 'd'.repeat(64),
    document_url: '/api/v1/signatures/requests/req-51f0/document',
    evidence_url: null,
    my_turn: true,
    parties: [
      {
        position: 1, role: '权利人', name: '王**', status: 'pending', status_label: '待签署', signed_at: null, is_me: true,
      },
      {
        position: 2, role: '共有人', name: '李**', status: 'waiting', status_label: '等待前一位签署', signed_at: null, is_me: false,
      },
    ],
    expires_at: '2026-12-08T10:00:00+08:00',
    completed_at: null,
    created_at: '2026-12-01T10:00:00+08:00',
    ...overrides,
  };
}

/** A check the external 人脸核身 service decides (IDENTITY_PROVIDER=faceid). */
function faceCheck(overrides = {}) {
  return identityCheck({
    ...FACE_PROVIDER,
    provider_url: 'https://h5.faceid.example.com/biz-token',
    provider_return_url: 'https://banzheng.example.gov.cn/identity/faceid-return',
    ...overrides,
  });
}

const NOT_VERIFIED = { verified: false, valid_until: null, latest: null };

PAGES.push(
  {
    page: 'identity',
    path: 'pages/identity/index',
    states: {
      consent: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/status', 200, NOT_VERIFIED);
          api.reply('GET', '/api/v1/identity/consent', 200, CONSENT);
        },
        async after(page) {
          page.setData({ agreed: true });
        },
      },
      retake: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/status', 200, {
            verified: false,
            valid_until: null,
            latest: identityCheck({
              status: 'retake',
              status_label: '视频不符合要求，请重新录制',
              challenge: null,
              problems: [{ code: 'VIDEO_NO_FACE', message: '视频中没有看清您的正脸。请在光线充足的地方，用前置摄像头正对面部，摘下帽子和口罩后重新录制。' }],
            }),
          });
          api.reply('GET', '/api/v1/identity/consent', 200, CONSENT);
        },
      },
    },
  },
  {
    page: 'identity-record',
    path: 'pages/identity/record/index',
    states: {
      challenge: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/checks/chk-7d1c2a90', 200, identityCheck());
        },
        query: () => ({ check_id: 'chk-7d1c2a90' }),
        async after(page) {
          page.instance.stopTimers();
          // the countdown depends on when the page rendered: show one value, so the committed
          // screenshot does not change on every run
          page.instance.setData({ secondsLeft: 280 });
        },
      },
      uploading: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/checks/chk-7d1c2a90', 200, identityCheck());
        },
        query: () => ({ check_id: 'chk-7d1c2a90' }),
        async after(page) {
          page.instance.stopTimers();
          page.setData({ challenge: null, uploading: true, percent: 62 });
        },
      },
      waiting: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/checks/chk-7d1c2a90', 200, identityCheck({ status: 'in_review', status_label: '等待工作人员审核', challenge: null }));
        },
        query: () => ({ check_id: 'chk-7d1c2a90' }),
      },
    },
  },
  {
    // IDENTITY_PROVIDER=faceid: the page around the provider's H5 page (face/web is a web-view of
    // the provider's own page, nothing of ours to shoot)
    page: 'identity-face',
    path: 'pages/identity/face/index',
    states: {
      ready: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/checks/chk-7d1c2a90', 200, faceCheck());
        },
        query: () => ({ check_id: 'chk-7d1c2a90', next: 'req-51f0' }),
      },
      pending: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/checks/chk-7d1c2a90', 200, faceCheck());
          api.reply('POST', '/api/v1/identity/checks/chk-7d1c2a90/refresh', 200, faceCheck());
        },
        query: () => ({ check_id: 'chk-7d1c2a90', next: 'req-51f0' }),
        async after(page) {
          await page.instance.refresh(); // back from the provider's page before it had a result
        },
      },
      passed: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/checks/chk-7d1c2a90', 200, faceCheck());
          api.reply('POST', '/api/v1/identity/checks/chk-7d1c2a90/refresh', 200, faceCheck({
            status: 'passed', status_label: '核验通过', provider_url: null, provider_return_url: null, passed_until: '2026-12-08T10:00:00+08:00', decided_at: '2026-12-01T10:05:00+08:00',
          }));
        },
        query: () => ({ check_id: 'chk-7d1c2a90', next: 'req-51f0' }),
        async after(page) {
          await page.instance.refresh();
        },
      },
      failed: {
        setup(api) {
          api.reply('GET', '/api/v1/identity/checks/chk-7d1c2a90', 200, faceCheck());
          // the wording providers/faceid.py gives a failed liveness check
          api.reply('POST', '/api/v1/identity/checks/chk-7d1c2a90/refresh', 200, faceCheck({
            status: 'failed', status_label: '核验未通过', provider_url: null, provider_return_url: null, decision_reason: '活体检测未通过：请在光线充足处，按页面提示完成动作后重新核验。', decided_at: '2026-12-01T10:05:00+08:00',
          }));
        },
        query: () => ({ check_id: 'chk-7d1c2a90', next: 'req-51f0' }),
        async after(page) {
          await page.instance.refresh();
        },
      },
    },
  },
  {
    page: 'sign-document',
    path: 'pages/identity/document/index',
    states: {
      'my-turn': {
        setup(api) {
          api.reply('GET', '/api/v1/signatures/requests/req-51f0', 200, letter());
          api.reply('GET', '/api/v1/identity/status', 200, { verified: true, valid_until: '2026-12-08T10:00:00+08:00', latest: null });
        },
        query: () => ({ request_id: 'req-51f0' }),
      },
      'needs-check': {
        setup(api) {
          api.reply('GET', '/api/v1/signatures/requests/req-51f0', 200, letter());
          api.reply('GET', '/api/v1/identity/status', 200, NOT_VERIFIED);
        },
        query: () => ({ request_id: 'req-51f0' }),
      },
      completed: {
        setup(api) {
          api.reply('GET', '/api/v1/signatures/requests/req-51f0', 200, letter({
            status: 'completed',
            status_label: '已签署并加盖电子印章',
            my_turn: false,
            evidence_url: '/api/v1/signatures/requests/req-51f0/evidence',
            parties: letter().parties.map((p) => ({
              ...p, status: 'signed', status_label: '已签署', signed_at: '2026-12-01T15:20:00+08:00',
            })),
          }));
          api.reply('GET', '/api/v1/identity/status', 200, NOT_VERIFIED);
        },
        query: () => ({ request_id: 'req-51f0' }),
      },
    },
  },
  {
    page: 'signature',
    path: 'pages/identity/signature/index',
    states: {
      pad: { query: () => ({ request_id: 'req-51f0', sha: 'd'.repeat(64) }) },
    },
  },
);

/* 我的证书: a current certificate and the one it replaced; one being sealed; none yet. */
const { certificate } = require('../helpers/fixtures');

PAGES.push({
  page: 'certificates',
  path: 'pages/certificates/index',
  states: {
    loading: { load: false },
    empty: {
      setup(api) {
        api.reply('GET', '/api/v1/me/certificates', 200, { items: [] });
      },
    },
    error: {
      setup(api) {
        api.reply('GET', '/api/v1/me/certificates', 503, api.error(503, ...SERVICE_DOWN));
      },
    },
    data: {
      setup(api) {
        api.reply('GET', '/api/v1/me/certificates', 200, {
          items: [
            certificate({ number: 'X(2026)示范市不动产权第0000012号', version: 2, replaces: 'X(2026)示范市不动产权第0000001号' }),
            certificate({
              id: 'cert-00', status: 'revoked', status_label: '已作废', revocation_label: '已换发新证', revoked_at: '2026-12-01T11:00:00+08:00',
            }),
          ],
        });
      },
    },
    issuing: {
      setup(api) {
        api.reply('GET', '/api/v1/me/certificates', 200, {
          items: [certificate({
            status: 'issuing', status_label: '正在制证', pdf_url: null, holder_masked: '', issued_at: null,
          })],
        });
      },
    },
  },
});

const MODES = ['normal', 'elder'];

/** [{page, path, state, mode, spec, name}] for every page × state × mode. */
function cases() {
  return PAGES.flatMap((entry) => Object.entries(entry.states).flatMap(([state, spec]) => MODES.map((mode) => ({
    page: entry.page, path: entry.path, state, mode, spec, name: `${entry.page}-${state}-${mode}`,
  }))));
}

module.exports = { PAGES, MODES, cases };

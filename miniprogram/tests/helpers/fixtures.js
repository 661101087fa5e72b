/* Small builders for API payloads, shaped like the backend's schemas. */
const BASE = 'http://127.0.0.1:8000';

function tokenPair(n = 1) {
  return {
    access_token: `access-${n}`, refresh_token: `refresh-${n}`, token_type: 'Bearer', expires_in: 900,
  };
}

function house(overrides = {}) {
  return {
    id: 'h-01',
    community_id: 'c-01',
    community_name: '幸福里小区',
    address: '示例市东城区和平路 18 号',
    building: '3',
    unit: '2',
    room: '301',
    contract_area: '89.50',
    measured_area: '90.70',
    share_percent: 100,
    ...overrides,
  };
}

function apiError(code, message, details = {}) {
  return { error: { code, message, details } };
}

/** Puts a logged-in session in storage, as after a successful login. */
function signIn(n = 1) {
  const pair = tokenPair(n);
  wx.setStorageSync('banzheng.accessToken', pair.access_token);
  wx.setStorageSync('banzheng.refreshToken', pair.refresh_token);
  return pair;
}

module.exports = {
  BASE, tokenPair, house, apiError, signIn,
};

/* ---- applications ---- */

const REQUIREMENTS = [
  {
    code: 'owner_id_card', name: '申请人身份证', description: '身份证正反面，四角完整、字迹清晰', core: true, commitment_allowed: false, formats: ['jpeg', 'png'],
  },
  {
    code: 'purchase_contract', name: '商品房买卖合同', description: '网签备案合同全部页', core: true, commitment_allowed: false, formats: ['jpeg', 'png', 'pdf'],
  },
  {
    code: 'purchase_invoice', name: '购房发票', description: '不动产销售统一发票', core: false, commitment_allowed: false, formats: ['jpeg', 'png', 'pdf'],
  },
  {
    code: 'marital_status', name: '婚姻状况证明', description: '结婚证或离婚证；单身可签署告知承诺书', core: false, commitment_allowed: true, formats: ['jpeg', 'png', 'pdf'],
  },
];

function applicationType(overrides = {}) {
  return {
    code: 'transfer_registration',
    name: '转移登记（业主办证）',
    description: '开发商已办理首次登记后，业主办理房屋所有权转移登记，领取不动产权证书。',
    steps: ['tax_check', 'fund_check'],
    requirements: REQUIREMENTS,
    ...overrides,
  };
}

const STATE_LABELS = {
  missing: '未提交', provided: '已提交', deferred: '容缺，待补交', commitment: '告知承诺代替',
};

/** GET /applications/{id}; `states` sets material states by code. */
function applicationDetail(overrides = {}, states = {}) {
  return {
    id: 'a-01',
    number: 'BZ2026112500000001',
    kind: 'transfer_registration',
    kind_label: '转移登记',
    status: 'draft',
    status_label: '草稿',
    house: {
      id: 'h-01', community_name: '幸福里小区', address: '示例市东城区和平路 18 号', building: '3', unit: '2', room: '301',
    },
    created_at: '2026-11-25T10:00:00+08:00',
    submitted_at: null,
    accepted_at: null,
    due_at: null,
    expected_completion_date: '2026-12-03',
    area: { error_ratio: '1.34', needs_settlement: false, confirmed_at: null },
    materials: REQUIREMENTS.map((r) => ({
      code: r.code,
      name: r.name,
      core: r.core,
      commitment_allowed: r.commitment_allowed,
      state: states[r.code] || 'missing',
      state_label: STATE_LABELS[states[r.code] || 'missing'],
      deferred_until: null,
    })),
    steps: [],
    timeline: [],
    events: [],
    next_actions: [],
    ...overrides,
  };
}

function applicationListItem(overrides = {}) {
  return {
    id: 'a-01',
    number: 'BZ2026112500000001',
    kind: 'transfer_registration',
    status: 'draft',
    status_label: '草稿',
    community_name: '幸福里小区',
    house_label: '3栋2单元301室',
    created_at: '2026-11-25T10:00:00+08:00',
    due_at: null,
    ...overrides,
  };
}

function storedFile(code, overrides = {}) {
  return {
    object_id: `o-${code}`, requirement_code: code, kind: 'png', size: 1000, sha256: 'ab', display_name: 'a.png', created_at: '2026-11-25T10:00:00+08:00', ...overrides,
  };
}

/** An electronic certificate as GET /api/v1/me/certificates lists it (a current one). */
function certificate(overrides = {}) {
  const id = overrides.id || 'cert-01';
  return {
    id,
    application_id: 'a-01',
    number: 'X(2026)示范市不动产权第0000001号',
    version: 1,
    status: 'current',
    status_label: '有效',
    revocation_label: null,
    revocation_reason: '',
    location: '示例市东城区和平路 18 号 幸福里小区 3栋2单元301室',
    unit_number: '110101001001GB00003F20003010',
    right_type: '国有建设用地使用权/房屋所有权',
    right_nature: '出让/市场化商品房',
    use: '城镇住宅用地/住宅',
    area: '90.70',
    term: '国有建设用地使用权 2066年12月31日止',
    co_ownership: '按份共有',
    holder_masked: '王**、李**',
    created_at: '2026-12-01T10:00:00+08:00',
    issued_at: '2026-12-01T10:01:00+08:00',
    revoked_at: null,
    replaces: null,
    verify_url: `${BASE}/v/Qm9yZWQtdG9rZW4tZm9yLXRlc3RzLTAx`,
    pdf_url: `/api/v1/certificates/${id}/pdf`,
    qr_url: `/api/v1/certificates/${id}/qr`,
    ...overrides,
  };
}

module.exports = {
  ...module.exports, REQUIREMENTS, applicationType, applicationDetail, applicationListItem, storedFile, certificate,
};

/* API payloads of the identity check and e-signature, shaped like the backend's schemas. */
const CONSENT = {
  version: '2026-12-01',
  sha256: 'c'.repeat(64),
  text: '人脸信息处理单独同意书\n一、处理的信息：您本次录制的视频。\n二、处理目的：核实本人。',
  retention_days: 30,
};

function check(overrides = {}) {
  return {
    id: 'chk-00000001',
    status: 'awaiting_video',
    status_label: '请录制核验视频',
    provider: 'manual',
    provider_label: '工作人员视频审核',
    challenge: {
      digits: '4821', action: 'nod', action_label: '正对镜头点两次头', expires_at: new Date(Date.now() + 240000).toISOString(),
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

/** What a check the external 人脸核身 service decides (IDENTITY_PROVIDER=faceid) has instead of
 * a challenge and an upload; add its provider_url and provider_return_url. */
const FACE_PROVIDER = {
  status: 'awaiting_provider',
  status_label: '请在核验页面完成人脸核身',
  provider: 'faceid',
  provider_label: '人脸核身服务',
  challenge: null,
  upload: null,
};

function signingRequest(overrides = {}) {
  return {
    id: 'req-01',
    kind: 'commitment_letter',
    title: '告知承诺书',
    status: 'pending',
    status_label: '待签署',
    application_id: 'a-01',
    requirement_code: 'marital_status',
    document_sha256: 'd'.repeat(64),
    document_url: '/api/v1/signatures/requests/req-01/document',
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

module.exports = {
  CONSENT, FACE_PROVIDER, check, signingRequest,
};

/*
 * What the login page tells the owner before any personal data is collected (《个人信息保护法》
 * art. 17: purpose, kinds of data, retention). One table, so the notice and the privacy policy
 * text submitted to the mini-program admin console stay in step.
 * Retention wording must be confirmed by the registry's legal officer before release.
 */
const PRIVACY_NOTICE_TITLE = '个人信息保护说明';
const PRIVACY_NOTICE_VERSION = '2026-11-25';

const COLLECTED_ITEMS = Object.freeze([
  {
    what: '微信身份标识（openid）',
    why: '用于登录和识别您的账号',
    retention: '账号存续期间保存，注销账号后删除',
  },
  {
    what: '姓名、身份证号',
    why: '用于核实您是房屋产权人，办理不动产登记',
    retention: '随办证档案按不动产登记资料管理规定保存',
  },
  {
    what: '手机号',
    why: '用于接收办证进度和补正通知',
    retention: '账号存续期间保存，注销账号后删除',
  },
  {
    what: '房屋信息与上传的申请材料',
    why: '用于受理、审核和发放不动产权证书',
    retention: '随办证档案按不动产登记资料管理规定保存',
  },
]);

const CONSENT_REQUIRED_MESSAGE = `请先阅读并同意《${PRIVACY_NOTICE_TITLE}》`;
const CONSENT_STORAGE_KEY = 'banzheng.privacyConsentVersion';

module.exports = {
  PRIVACY_NOTICE_TITLE,
  PRIVACY_NOTICE_VERSION,
  COLLECTED_ITEMS,
  CONSENT_REQUIRED_MESSAGE,
  CONSENT_STORAGE_KEY,
};

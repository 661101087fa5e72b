/*
 * Plain-language explanations (政策解读通俗化, plan requirement 5), one per application type.
 * Reviewed wording lives here, not in the WXML, so it can be checked and changed in one place.
 */
const PLAIN_GUIDES = Object.freeze({
  transfer_registration: [
    '开发商已为小区办好首次登记后，您就可以为自己的房子申请不动产权证书（俗称“房本”）。',
    '在手机上一次提交材料即可，无需跑窗口；材料不全时，非必交的可以先受理、以后补交。',
    '受理后，税务、维修资金等部门同时审核，全程一般不超过 5 个工作日。',
  ],
  first_registration: [
    '新建小区竣工后，由开发企业为整栋或整个小区申请首次登记，这是业主办证的前提。',
    '规划、测绘等部门同时审核，材料齐全时全程一般不超过 5 个工作日。',
  ],
  combined: [
    '新建小区的首次登记和业主的转移登记一起受理、一起审批，业主不必等开发商先办完。',
    '规划、测绘、税务、维修资金等部门同时审核，全程一般不超过 5 个工作日。',
  ],
});

const DEFAULT_GUIDE = ['按页面提示准备并上传材料，提交后可随时查看办理进度。'];

/** The owner's path through an application, as the progress page shows it. */
const PROCESS = Object.freeze(['在线提交', '材料预审', '窗口受理', '部门并联审批', '登记审核', '登簿', '缮证发证']);

const STEP_LABELS = Object.freeze({
  planning_check: '规划核实',
  survey_check: '测绘成果核验',
  tax_check: '完税核验',
  fund_check: '维修资金核验',
});

module.exports = {
  PLAIN_GUIDES, DEFAULT_GUIDE, PROCESS, STEP_LABELS,
};

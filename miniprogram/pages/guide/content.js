/*
 * Fixed labels of the guide page. The plain-language explanations themselves (政策解读通俗化)
 * moved to the API (GET /guides/application_type/{type}), where staff edit them.
 */
/** The owner's path through an application, as the progress page shows it. */
const PROCESS = Object.freeze(['在线提交', '材料预审', '窗口受理', '部门并联审批', '登记审核', '登簿', '缮证发证']);

const STEP_LABELS = Object.freeze({
  planning_check: '规划核实',
  survey_check: '测绘成果核验',
  tax_check: '完税核验',
  fund_check: '维修资金核验',
});

module.exports = { PROCESS, STEP_LABELS };

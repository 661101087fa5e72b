/*
 * 面积误差比 = (产权登记面积 − 合同约定面积) ÷ 合同约定面积 × 100 %, two decimals; beyond ±3 % the
 * difference must be settled before certification (《商品房销售管理办法》第二十条; plan
 * requirement 10). The API computes the binding figure on each application
 * (backend applications/rules.py); this estimate is shown before one exists.
 */
const AREA_TOLERANCE_PERCENT = 3;

/** {ratio: "1.34", needsSettlement} from decimal strings, or null when an area is unknown. */
function areaDifference(contractArea, measuredArea) {
  const contract = Number(contractArea);
  const measured = Number(measuredArea);
  if (!(contract > 0) || !(measured > 0)) return null;
  const ratio = Math.round(((measured - contract) / contract) * 10000) / 100;
  return { ratio: ratio.toFixed(2), needsSettlement: Math.abs(ratio) > AREA_TOLERANCE_PERCENT };
}

module.exports = { AREA_TOLERANCE_PERCENT, areaDifference };

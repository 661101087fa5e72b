/*
 * Guide page rules (办事指南): what the application is in plain words, the checklist grouped into
 * 必交 / 可容缺 / 可用告知承诺书代替, the fees with each line's basis (公开费用计算依据) and the
 * area-difference result for my house (风险提示前置化).
 */
const applications = require('../../services/applications');
const houses = require('../../services/houses');
const { userMessage } = require('../../services/errors');
const { groupChecklist } = require('../../utils/checklist');
const { areaDifference, AREA_TOLERANCE_PERCENT } = require('../../utils/area');
const { roomLabel, areaLabel } = require('../../utils/house-format');
const { yuan } = require('../../utils/money');
const { pageUrl } = require('../../utils/routes');
const {
  PLAIN_GUIDES, DEFAULT_GUIDE, PROCESS, STEP_LABELS,
} = require('./content');

const DEFAULT_TYPE = 'transfer_registration';

/** Decimal strings to cents, so sums are exact ("12067.04" → 1206704). */
function cents(amount) {
  const [whole, fraction = ''] = String(amount || '0').split('.');
  const negative = whole.startsWith('-');
  const value = Math.abs(Number(whole)) * 100 + Number(`${fraction}00`.slice(0, 2));
  return negative ? -value : value;
}

function fromCents(value) {
  const negative = value < 0;
  const abs = Math.abs(value);
  return `${negative ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * What an area difference means for the owner, in words. Within ±3 % the case goes on, but the
 * difference is still paid (or refunded) at the contract's unit price: we never say "不影响办证"
 * while money is due.
 */
function areaVerdict(needsSettlement, settlement) {
  if (needsSettlement) return `超过 ±${AREA_TOLERANCE_PERCENT}%，办证前需要先结算面积差价并确认`;
  const within = `在 ±${AREA_TOLERANCE_PERCENT}% 以内，可以继续办证`;
  if (!settlement) return `${within}；多出或少了的面积按合同单价结算差价`;
  if (cents(settlement.owner_pays) > 0) {
    return `${within}；您需要按合同单价向开发企业补足面积差价 ${yuan(settlement.owner_pays)}（已计入上方合计）`;
  }
  if (cents(settlement.refund_to_owner) > 0) {
    return `${within}；开发企业应按合同单价退还您 ${yuan(settlement.refund_to_owner)}`;
  }
  return `${within}；面积没有差异，无需结算`;
}

function areaView(ratio, needsSettlement, { estimated, settlement = null } = {}) {
  const signed = Number(ratio) > 0 ? `+${ratio}` : ratio;
  const owes = Boolean(settlement && cents(settlement.owner_pays) > 0);
  return {
    ratio: `${signed}%`,
    needsSettlement,
    // orange whenever the owner has something to do or to pay
    attention: needsSettlement || owes,
    estimated,
    verdict: areaVerdict(needsSettlement, settlement),
    lines: settlement ? settlement.lines : [],
  };
}

/**
 * Fees with their basis (公开费用计算依据), then what the owner pays in all: taxes and fees plus,
 * when the home came out larger, the area-difference payment to the developer.
 */
function feesView(fees) {
  const settlement = fees.area_settlement || null;
  const areaPayment = settlement && cents(settlement.owner_pays) > 0 ? settlement.owner_pays : '';
  const lines = (fees.lines || []).map((l) => ({
    code: l.code, name: l.name, amount: yuan(l.amount), basis: l.basis,
  }));
  if (areaPayment) {
    lines.push({
      code: 'area_payment',
      name: '面积差价（付给开发企业）',
      amount: yuan(areaPayment),
      basis: `实测面积比合同面积多，多出部分按合同单价补足：${settlement.lines.slice(1).join('；')}`,
    });
  }
  const total = cents(fees.total) + (areaPayment ? cents(areaPayment) : 0);
  return {
    lines,
    feesTotal: yuan(fees.total),
    hasAreaPayment: Boolean(areaPayment),
    total: yuan(fromCents(total)),
    refund: settlement && cents(settlement.refund_to_owner) > 0 ? yuan(settlement.refund_to_owner) : '',
  };
}

function typeView(type) {
  return {
    code: type.code,
    name: type.name,
    description: type.description || '',
    plain: PLAIN_GUIDES[type.code] || DEFAULT_GUIDE,
    departments: (type.steps || []).map((s) => STEP_LABELS[s] || s),
    groups: groupChecklist(type.requirements),
  };
}

/** Every house of mine with its estimated area result (the chosen one first). */
async function houseAreas(houseId, listMyHouses) {
  const mine = await listMyHouses();
  const ordered = mine.filter((h) => h.id === houseId).concat(mine.filter((h) => h.id !== houseId));
  return ordered.map((house) => {
    const diff = areaDifference(house.contract_area, house.measured_area);
    return {
      id: house.id,
      houseLabel: `${house.community_name} ${roomLabel(house)}`,
      contractArea: areaLabel(house.contract_area),
      measuredArea: areaLabel(house.measured_area),
      area: diff ? areaView(diff.ratio, diff.needsSettlement, { estimated: true }) : null,
    };
  });
}

/**
 * Loads what the guide shows. With an application, fees and area come from the API (binding);
 * without one, the area is estimated from my house and fees wait for the application.
 */
async function loadGuide({ type = DEFAULT_TYPE, applicationId = '', houseId = '' } = {}, {
  listApplicationTypes = applications.listApplicationTypes,
  getApplication = applications.getApplication,
  getFees = applications.getFees,
  listMyHouses = houses.listMyHouses,
} = {}) {
  try {
    const types = await listApplicationTypes();
    const chosen = types.find((t) => t.code === type) || types[0];
    if (!chosen) return { view: null, errorMessage: '暂无可办理的业务' };
    const view = {
      type: typeView(chosen),
      process: PROCESS,
      fees: null,
      houses: [],
      applyUrl: pageUrl('apply', { type: chosen.code, house_id: houseId }),
      hasApplication: Boolean(applicationId),
    };
    if (applicationId) {
      const [detail, fees] = await Promise.all([getApplication(applicationId), getFees(applicationId)]);
      view.fees = feesView(fees);
      const settlement = fees.area_settlement || null;
      view.houses = [{
        id: detail.house.id,
        houseLabel: `${detail.house.community_name} ${roomLabel(detail.house)}`,
        contractArea: settlement ? areaLabel(settlement.contract_area) : '',
        measuredArea: settlement ? areaLabel(settlement.measured_area) : '',
        area: detail.area
          ? areaView(detail.area.error_ratio, detail.area.needs_settlement, { estimated: false, settlement })
          : null,
      }];
    } else {
      view.houses = await houseAreas(houseId, listMyHouses);
    }
    return { view, errorMessage: '' };
  } catch (error) {
    return { view: null, errorMessage: userMessage(error) };
  }
}

module.exports = {
  DEFAULT_TYPE, loadGuide, feesView, areaView, areaVerdict, typeView,
};

/*
 * Guide page rules (办事指南): what the application is in plain words, the checklist grouped into
 * 必交 / 可容缺 / 可用告知承诺书代替, the fees with each line's basis (公开费用计算依据) and the
 * area-difference result for my house (风险提示前置化).
 */
const applications = require('../../services/applications');
const guides = require('../../services/guides');
const houses = require('../../services/houses');
const { userMessage } = require('../../services/errors');
const { groupChecklist } = require('../../utils/checklist');
const { areaDifference, AREA_TOLERANCE_PERCENT } = require('../../utils/area');
const { roomLabel } = require('../../utils/house-format');
const { yuan } = require('../../utils/money');
const { pageUrl } = require('../../utils/routes');
const { PROCESS, STEP_LABELS } = require('./content');

const DEFAULT_TYPE = 'transfer_registration';

function areaView(ratio, needsSettlement, { estimated, settlementLines = [] } = {}) {
  const signed = Number(ratio) > 0 ? `+${ratio}` : ratio;
  return {
    ratio: `${signed}%`,
    needsSettlement,
    estimated,
    verdict: needsSettlement
      ? `超过 ±${AREA_TOLERANCE_PERCENT}%，办证前需要先结算面积差价`
      : `在 ±${AREA_TOLERANCE_PERCENT}% 以内，按合同约定结算，不影响办证`,
    lines: settlementLines,
  };
}

function feesView(fees) {
  return {
    lines: (fees.lines || []).map((l) => ({
      code: l.code, name: l.name, amount: yuan(l.amount), basis: l.basis,
    })),
    total: yuan(fees.total),
  };
}

/** The plain-language guide comes from the API (staff edit it); its HTML is sanitised there. */
function typeView(type, guide = null) {
  return {
    code: type.code,
    name: type.name,
    description: type.description || '',
    plainTitle: guide ? guide.title : '',
    plainHtml: guide ? guide.html : '',
    departments: (type.steps || []).map((s) => STEP_LABELS[s] || s),
    groups: groupChecklist(type.requirements),
  };
}

async function houseArea(houseId, listMyHouses) {
  const mine = await listMyHouses();
  const house = mine.find((h) => h.id === houseId) || mine[0];
  if (!house) return { houseLabel: '', area: null, houseId: '' };
  const diff = areaDifference(house.contract_area, house.measured_area);
  return {
    houseLabel: `${house.community_name} ${roomLabel(house)}`,
    area: diff ? areaView(diff.ratio, diff.needsSettlement, { estimated: true }) : null,
    houseId: house.id,
  };
}

async function optional(promise, fallback) {
  try {
    return await promise;
  } catch (error) {
    return fallback;
  }
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
  getGuide = guides.getGuide,
  noticesFor = guides.noticesFor,
  previewFees = guides.previewFees,
} = {}) {
  try {
    const types = await listApplicationTypes();
    const chosen = types.find((t) => t.code === type) || types[0];
    if (!chosen) return { view: null, errorMessage: '暂无可办理的业务' };
    const [guide, notices] = await Promise.all([
      optional(getGuide('application_type', chosen.code), null),
      optional(noticesFor('apply'), []),
    ]);
    const view = {
      type: typeView(chosen, guide),
      notices,
      process: PROCESS,
      fees: null,
      area: null,
      houseLabel: '',
      applyUrl: pageUrl('apply', { type: chosen.code, house_id: houseId }),
      hasApplication: Boolean(applicationId),
    };
    if (applicationId) {
      const [detail, fees] = await Promise.all([getApplication(applicationId), getFees(applicationId)]);
      view.houseLabel = `${detail.house.community_name} ${roomLabel(detail.house)}`;
      view.fees = feesView(fees);
      if (detail.area) {
        view.area = areaView(detail.area.error_ratio, detail.area.needs_settlement, {
          estimated: false, settlementLines: fees.area_settlement ? fees.area_settlement.lines : [],
        });
      }
    } else {
      const mine = await houseArea(houseId, listMyHouses);
      Object.assign(view, { houseLabel: mine.houseLabel, area: mine.area });
      if (mine.houseId) {
        // Fees before a draft exists: estimated from my house (contract price not known yet).
        const fees = await optional(previewFees({ houseId: mine.houseId, type: chosen.code }), null);
        if (fees) view.fees = { ...feesView(fees), estimated: true };
      }
    }
    return { view, errorMessage: '' };
  } catch (error) {
    return { view: null, errorMessage: userMessage(error) };
  }
}

module.exports = {
  DEFAULT_TYPE, loadGuide, feesView, areaView, typeView,
};

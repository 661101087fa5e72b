/* 办事指南 and 风险提示 from the API (staff edit them; the server renders and sanitises them). */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');

function getGuide(kind, key) {
  return request(ENDPOINTS.guide, { params: { kind, key } });
}

/** Notices of a moment of the process (apply, accept, …), before any application exists. */
async function noticesFor(moment) {
  const body = await request(ENDPOINTS.notices, { query: { moment } });
  return (body && body.items) || [];
}

/** Notices that apply to this application now (its moment and its conditions). */
async function applicationNotices(applicationId) {
  const body = await request(ENDPOINTS.applicationNotices, { params: { application_id: applicationId } });
  return (body && body.items) || [];
}

/** The fees of a house before a draft exists (公开费用计算依据). */
function previewFees({ houseId, type, contractPrice }) {
  const query = { house_id: houseId, type };
  if (contractPrice) query.contract_price = contractPrice;
  return request(ENDPOINTS.feePreview, { query });
}

module.exports = {
  getGuide, noticesFor, applicationNotices, previewFees,
};

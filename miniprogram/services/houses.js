/* Houses (房屋) the signed-in owner holds. */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');

async function listMyHouses() {
  const body = await request(ENDPOINTS.myHouses);
  return (body && body.items) || [];
}

function getHouse(houseId) {
  return request(ENDPOINTS.house, { params: { house_id: houseId } });
}

/** Estates whose name contains `q` (≥ 2 characters), to pick the one the house is in. */
async function searchEstates(q) {
  const body = await request(ENDPOINTS.estateDirectory, { query: { q } });
  return (body && body.items) || [];
}

/**
 * 绑定房屋: real name + ID number (+ 网签备案合同编号, + the estate) checked against the
 * archive's owner of record; answers { houses, message }.
 */
function bindHouse({
  realName, idNumber, contractNumber, communityId,
}) {
  const data = { real_name: realName, id_number: idNumber };
  if (contractNumber) data.contract_number = contractNumber;
  if (communityId) data.community_id = communityId;
  return request(ENDPOINTS.bindHouse, { data });
}

/** A one-time code to show the clerk at the window (窗口绑定), valid 10 minutes. */
function bindingCode() {
  return request(ENDPOINTS.bindingCode);
}

module.exports = {
  listMyHouses, getHouse, searchEstates, bindHouse, bindingCode,
};

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

module.exports = { listMyHouses, getHouse };

/* 扫码评价: the target a QR code names, rating it, my ratings and their 整改 status. */
const { request } = require('./request');
const { ENDPOINTS } = require('./endpoints');

function getTarget(code) {
  return request(ENDPOINTS.ratingTarget, { params: { code } });
}

function rate(code, { level, indicators = {}, comment = '' }) {
  return request(ENDPOINTS.rate, { params: { code }, data: { level, indicators, comment } });
}

async function myRatings() {
  const body = await request(ENDPOINTS.myRatings);
  return (body && body.items) || [];
}

module.exports = { getTarget, rate, myRatings };

/* How a house (房屋) is described to an owner. */

/** "3栋2单元301室" from the API's building / unit / room fields. */
function roomLabel(house) {
  const parts = [];
  if (house.building) parts.push(`${house.building}栋`);
  if (house.unit) parts.push(`${house.unit}单元`);
  if (house.room) parts.push(`${house.room}室`);
  return parts.join('');
}

/** Areas arrive as decimal strings ("89.50"); shown with the unit, or "待实测" when absent. */
function areaLabel(area) {
  if (area === null || area === undefined || area === '') return '待实测';
  return `${area} ㎡`;
}

function shareLabel(percent) {
  return percent === null || percent === undefined ? '' : `${percent}%`;
}

/** The view model a house card renders. */
function houseView(house) {
  return {
    id: house.id,
    communityName: house.community_name,
    address: house.address,
    roomLabel: roomLabel(house),
    contractArea: areaLabel(house.contract_area),
    measuredArea: areaLabel(house.measured_area),
    share: shareLabel(house.share_percent),
  };
}

module.exports = {
  roomLabel, areaLabel, shareLabel, houseView,
};

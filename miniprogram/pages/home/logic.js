/* Home page rules: which state the "我的房屋" list is in after a load. */
const houses = require('../../services/houses');
const { userMessage } = require('../../services/errors');
const { houseView } = require('../../utils/house-format');

const LIST_STATUS = Object.freeze({
  loading: 'loading', ready: 'ready', empty: 'empty', error: 'error',
});

/**
 * Loads the owner's houses and returns the next view state. When a refresh fails while a list is
 * already on screen, the list stays and `toast` carries the message instead of an error page.
 */
async function loadHouses({ previous = [], listMyHouses = houses.listMyHouses } = {}) {
  try {
    const items = await listMyHouses();
    return {
      status: items.length ? LIST_STATUS.ready : LIST_STATUS.empty,
      houses: items.map(houseView),
      errorMessage: '',
      toast: '',
    };
  } catch (error) {
    const message = userMessage(error);
    if (previous.length) {
      return {
        status: LIST_STATUS.ready, houses: previous, errorMessage: '', toast: message,
      };
    }
    return {
      status: LIST_STATUS.error, houses: [], errorMessage: message, toast: '',
    };
  }
}

module.exports = { LIST_STATUS, loadHouses };

/* Page URLs in one place, and the one way to send the user to the login page. */
const PAGES = Object.freeze({
  login: '/pages/login/index',
  home: '/pages/home/index',
  settings: '/pages/settings/index',
});

function currentRoute() {
  const stack = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
  const top = stack[stack.length - 1];
  return top && top.route ? `/${top.route}` : '';
}

/** Replaces the whole page stack with the login page (unless it is already showing). */
function goLogin() {
  if (currentRoute() === PAGES.login) return;
  wx.reLaunch({ url: PAGES.login });
}

function goHome() {
  wx.reLaunch({ url: PAGES.home });
}

module.exports = { PAGES, goLogin, goHome, currentRoute };

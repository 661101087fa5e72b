/* Page URLs in one place, and the one way to send the user to the login page. */
const PAGES = Object.freeze({
  login: '/pages/login/index',
  home: '/pages/home/index',
  settings: '/pages/settings/index',
  bind: '/pages/bind/index',
  guide: '/pages/guide/index',
  apply: '/pages/apply/index',
  progress: '/pages/progress/index',
  messages: '/pages/messages/index',
  rate: '/pages/rate/index',
  myRatings: '/pages/rate/mine',
  identity: '/pages/identity/index',
  identityRecord: '/pages/identity/record/index',
  identityFace: '/pages/identity/face/index',
  identityFaceWeb: '/pages/identity/face/web',
  signDocument: '/pages/identity/document/index',
  signature: '/pages/identity/signature/index',
  certificates: '/pages/certificates/index',
});

/** `/pages/x/index?a=1&b=2` from a page name and query values (empty ones left out). */
function pageUrl(name, query = {}) {
  const base = PAGES[name];
  if (!base) throw new Error(`unknown page "${name}"`);
  const pairs = Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return pairs.length ? `${base}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}` : base;
}

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

module.exports = {
  PAGES, pageUrl, goLogin, goHome, currentRoute,
};

/*
 * The external 人脸核身 provider's H5 page in a <web-view> (it covers the whole page; the page has
 * nothing of ours to show, so no 适老化 wrapper: the provider's page has its own large type).
 * The URL comes from our API, never from a page query. When the web-view reaches the return
 * address the API names (provider_return_url = FACEID_REDIRECT_URL), we go back to face/index,
 * which asks the server to pull the result; the redirect's query string is not read. Without a
 * return address the owner comes back with the back button, with the same effect.
 * WeChat opens only domains listed as the mini-program's 业务域名 (the provider's and ours).
 */
const { loadProviderPage, isReturn } = require('./logic');

Component({
  data: { url: '' },
  methods: {
    async onLoad(query = {}) {
      const page = await loadProviderPage(query.check_id);
      if (!page.url) {
        wx.showToast({ title: page.errorMessage, icon: 'none' });
        this.leave();
        return;
      }
      this.returnUrl = page.returnUrl;
      this.setData({ url: page.url });
    },
    onWebLoad(event) {
      if (isReturn(event.detail && event.detail.src, this.returnUrl)) this.leave();
    },
    onWebError() {
      wx.showToast({ title: '核身页面打不开，请检查网络后重试', icon: 'none' });
      this.leave();
    },
    leave() {
      if (this.left) return;
      this.left = true;
      wx.navigateBack();
    },
  },
});

// The console's only script of its own (CSP: no inline script). htmx does the partial updates;
// this adds the image viewer's zoom and rotate, draws the dashboard's ECharts charts, and sends a
// `data-once` form once (a double click on 确认 posts one request; the server is idempotent anyway).
(function () {
  "use strict";

  function viewer(root) {
    var img = root.querySelector("img");
    if (!img) return;
    var state = { scale: 1, angle: 0 };
    function apply() {
      img.style.transform = "scale(" + state.scale + ") rotate(" + state.angle + "deg)";
    }
    root.addEventListener("click", function (event) {
      var button = event.target.closest("[data-view]");
      if (!button) return;
      var action = button.getAttribute("data-view");
      if (action === "zoom-in") state.scale = Math.min(state.scale * 1.25, 5);
      if (action === "zoom-out") state.scale = Math.max(state.scale / 1.25, 0.4);
      if (action === "rotate") state.angle = (state.angle + 90) % 360;
      if (action === "reset") { state.scale = 1; state.angle = 0; }
      apply();
    });
  }

  function charts() {
    if (typeof echarts === "undefined") return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var source = document.getElementById(el.getAttribute("data-chart"));
      if (!source) return;
      var option = JSON.parse(source.textContent);
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(option);
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  function init(scope) {
    scope.querySelectorAll("[data-viewer]").forEach(viewer);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-once")) return;
    if (form.getAttribute("data-sent")) { event.preventDefault(); return; }
    form.setAttribute("data-sent", "1");
    setTimeout(function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
  });

  document.addEventListener("DOMContentLoaded", function () {
    init(document);
    charts();
  });
  document.addEventListener("htmx:afterSwap", function (event) { init(event.target); });
})();

// The console's only script of its own (CSP: no inline script). htmx does the partial updates;
// this adds the image viewer's zoom and rotate, draws the dashboard's ECharts charts, sends a
// `data-once` form once (a double click on 确认 posts one request; the server is idempotent anyway),
// and helps window intake: an ID-card reader's saved file is read into the text box, and each
// scanned file picked gets a list to say which checklist item it is.
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

  function readerFile(input) {
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      var box = document.getElementById("card-text");
      if (!file || !box) return;
      function read(encoding) {
        var reader = new FileReader();
        reader.onload = function () {
          var text = String(reader.result || "");
          // Windows readers write GBK: decoded as UTF-8 it is full of replacement characters
          if (encoding === "utf-8" && text.indexOf("\uFFFD") >= 0) return read("gb18030");
          box.value = text;
          if (window.htmx) window.htmx.trigger(box, "card-loaded");
        };
        reader.readAsText(file, encoding);
      }
      read("utf-8");
    });
  }

  function scanList(input) {
    var list = document.getElementById("scan-list");
    var options = document.getElementById("requirement-options");
    if (!list || !options) return;
    document.documentElement.classList.add("js");
    input.addEventListener("change", function () {
      list.innerHTML = "";
      Array.prototype.forEach.call(input.files, function (file, index) {
        var item = document.createElement("li");
        var label = document.createElement("label");
        var name = document.createElement("span");
        name.className = "scan-name";
        name.textContent = file.name + "（" + Math.max(1, Math.round(file.size / 1024)) + " KB）";
        var select = document.createElement("select");
        select.name = "assign";
        select.required = true;
        select.setAttribute("data-scan-index", String(index));
        select.appendChild(options.content.cloneNode(true));
        label.appendChild(name);
        label.appendChild(select);
        item.appendChild(label);
        list.appendChild(item);
      });
    });
  }

  function init(scope) {
    scope.querySelectorAll("[data-card-file]").forEach(readerFile);
    scope.querySelectorAll("[data-scans]").forEach(scanList);
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

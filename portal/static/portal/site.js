// The portal's only script: the follow panel's close button (remembered in this
// browser) and the view beacon for 新闻排行. Pages work without it.
(function () {
  var KEY = "follow-panel-closed";
  var root = document.documentElement;
  try {
    if (localStorage.getItem(KEY) === "1") root.classList.add("follow-closed");
  } catch (e) { /* storage blocked: the panel simply stays open */ }

  document.addEventListener("DOMContentLoaded", function () {
    var close = document.querySelector("[data-close-follow]");
    if (close) {
      close.addEventListener("click", function () {
        root.classList.add("follow-closed");
        try { localStorage.setItem(KEY, "1"); } catch (e) { /* not remembered */ }
      });
    }
    var beacon = document.body.getAttribute("data-beacon");
    if (beacon && navigator.sendBeacon) navigator.sendBeacon(beacon);
  });
})();

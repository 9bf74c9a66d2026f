// The follow panel's close button, remembered in this browser. Pages work without it;
// the only other script is ranking's view beacon.
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
  });
})();

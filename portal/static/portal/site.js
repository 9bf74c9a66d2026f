// The follow panel's close button, remembered in this browser. Pages work without it;
// the only other script is ranking's view beacon.
(function () {
  var KEY = "follow-panel-closed";
  var root = document.documentElement;
  root.classList.add("js");
  try {
    if (localStorage.getItem(KEY) === "1") root.classList.add("follow-closed");
  } catch (e) { /* storage blocked: the panel simply stays open */ }

  document.addEventListener("DOMContentLoaded", function () {
    // Boxes that change on their own (modules, calendar, ranking) come as a cached fragment.
    document.querySelectorAll("[data-fragment]").forEach(function (box) {
      fetch(box.getAttribute("data-fragment"), { credentials: "omit" })
        .then(function (response) { return response.ok ? response.text() : ""; })
        .then(function (html) { if (html) box.innerHTML = html; })
        .catch(function () { /* the page stands without them */ })
        .then(function () { box.classList.add("filled"); });
    });
    var close = document.querySelector("[data-close-follow]");
    if (close) {
      close.addEventListener("click", function () {
        root.classList.add("follow-closed");
        try { localStorage.setItem(KEY, "1"); } catch (e) { /* not remembered */ }
      });
    }
  });
})();

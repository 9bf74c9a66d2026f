// Counts one view of this page for 新闻排行. The page itself is the same for every
// reader (and may be cached); only this small request reaches the server each time.
(function () {
  var url = document.currentScript.dataset.beacon;
  if (navigator.sendBeacon) {
    navigator.sendBeacon(url);
  } else {
    fetch(url, { method: "POST", keepalive: true, credentials: "omit" });
  }
})();

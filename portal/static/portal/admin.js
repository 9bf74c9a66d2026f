// The admin's tag fields suggest with jQuery UI's autocomplete, which tells screen readers
// how many suggestions there are in English it never translates: said in Chinese here,
// before any field is made.
(function () {
  var ui = window.jQuery && window.jQuery.ui;
  if (ui && ui.autocomplete) {
    ui.autocomplete.prototype.options.messages = {
      noResults: "没有匹配的结果。",
      results: function (count) { return "有 " + count + " 个结果,可用上下方向键选择。"; }
    };
  }
})();

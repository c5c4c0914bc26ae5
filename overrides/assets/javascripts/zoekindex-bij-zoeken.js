/*
 * The header search's index (search/search_index.json) holds the text of every page. Material
 * requests it as soon as any page opens, so every first visit downloads it, also by the many
 * visitors who never search (2024: 126 KB gzipped, more than the rest of the home page together;
 * the index grows with the data). This holds that one request back until the visitor opens the
 * search: clicks or tabs into the search field, uses Material's keys for it (f, s, /), or taps
 * the search button on a phone. Material then shows "Zoeken initialiseren" until the index is
 * there, as it does on a slow connection. Every other request passes unchanged.
 */
(function () {
  "use strict";

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = new WeakSet();
  var release;
  var searchOpened = new Promise(function (resolve) { release = resolve; });

  function isSearchIndex(address) {
    return /\/search\/search_index\.json$/.test(String(address).split(/[?#]/)[0]);
  }

  XMLHttpRequest.prototype.open = function (method, address) {
    if (isSearchIndex(address)) held.add(this);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var body = arguments;
    if (!held.has(request)) return send.apply(request, body);
    searchOpened.then(function () { send.apply(request, body); });
  };

  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches(".md-search__input")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search") release();
  });
  // An address with a search in it (?q=...) opens the search straight away.
  if (new URLSearchParams(window.location.search).has("q")) release();
})();

/*
 * "Zoeken en filteren": search the complaints with Pagefind (site/pagefind/, one record per
 * complaint) and narrow by soort, oordeel, label and locatie. The words and filters are kept in
 * the page address, so a search can be shared. Text from the index is only ever put on the page
 * as text (textContent), never as HTML; Pagefind's <mark> highlights are rebuilt as elements.
 */
(function () {
  "use strict";

  var form = document.getElementById("zoekformulier");
  if (!form) return;
  var status = document.getElementById("zoekstatus");
  var list = document.getElementById("zoekresultaten");
  var more = document.getElementById("zoekmeer");
  var locations = document.getElementById("zoeklocaties");
  var CHECKBOX_FILTERS = ["categorie", "gegrond", "label"];
  var PAGE_SIZE = 20;
  var pagefind = null;
  var totals = {};
  var current = { results: [], shown: 0 };
  var searchNumber = 0;

  var config = JSON.parse(document.getElementById("__config").textContent);
  var siteRoot = new URL(config.base.replace(/\/?$/, "/"), window.location.href);

  function chosen(name) {
    var boxes = form.querySelectorAll('input[name="' + name + '"]:checked');
    return Array.prototype.map.call(boxes, function (box) { return box.value; });
  }

  function filters() {
    var result = {};
    CHECKBOX_FILTERS.forEach(function (name) {
      var values = chosen(name);
      if (values.length) result[name] = { any: values };
    });
    var place = form.elements.locatie.value.trim();
    if (place) result.locatie = place;
    return result;
  }

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    form.elements.zoek.value = params.get("zoek") || "";
    form.elements.locatie.value = params.get("locatie") || "";
    CHECKBOX_FILTERS.forEach(function (name) {
      var wanted = params.getAll(name);
      form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
        box.checked = wanted.indexOf(box.value) !== -1;
      });
    });
  }

  function writeAddress() {
    var params = new URLSearchParams();
    var words = form.elements.zoek.value.trim();
    if (words) params.set("zoek", words);
    CHECKBOX_FILTERS.forEach(function (name) {
      chosen(name).forEach(function (value) { params.append(name, value); });
    });
    var place = form.elements.locatie.value.trim();
    if (place) params.set("locatie", place);
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function showCounts(counts) {
    form.querySelectorAll(".zoeken__aantal").forEach(function (label) {
      var values = counts[label.getAttribute("data-filter")] || {};
      var count = values[label.getAttribute("data-waarde")] || 0;
      label.textContent = "(" + count + ")";
    });
  }

  function fillLocations(names) {
    names.sort(function (a, b) { return a.localeCompare(b, "nl"); }).forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      locations.appendChild(option);
    });
  }

  function highlighted(excerpt) {
    // Only text and <mark> survive: whatever else the excerpt holds is shown as text.
    var parsed = new DOMParser().parseFromString("<p>" + excerpt + "</p>", "text/html");
    var paragraph = document.createElement("p");
    parsed.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent));
      }
    });
    return paragraph;
  }

  function resultItem(data) {
    var meta = data.meta;
    var item = document.createElement("li");
    item.className = "zoeken__resultaat";
    var heading = document.createElement("p");
    var link = document.createElement("a");
    link.href = new URL(meta.adres, siteRoot).href;
    link.textContent = meta.title;
    var strong = document.createElement("strong");
    strong.appendChild(link);
    heading.appendChild(strong);
    heading.appendChild(document.createTextNode(" · " + meta.locatie + " (" + meta.label + ") "));
    var badge = document.createElement("span");
    var value = meta.gegrond === "Niet vermeld" ? "leeg" : meta.gegrond.toLowerCase();
    badge.className = "gegrond gegrond-" + value;
    badge.textContent = meta.gegrond === "Niet vermeld" ? "Gegrond: niet vermeld" : "Gegrond: " + meta.gegrond;
    heading.appendChild(badge);
    item.appendChild(heading);
    item.appendChild(form.elements.zoek.value.trim() ? highlighted(data.excerpt) : plain(meta.omschrijving));
    return item;
  }

  function plain(text) {
    var paragraph = document.createElement("p");
    paragraph.textContent = text;
    return paragraph;
  }

  function showMore() {
    var shownFor = current;
    var next = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    current.shown += next.length;
    more.hidden = current.shown >= current.results.length;
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (items) {
      // A newer search may have replaced the list while these were loading.
      if (shownFor !== current) return;
      items.forEach(function (data) { list.appendChild(resultItem(data)); });
    });
  }

  function statusText(count, words, filtered) {
    var found = count === 1 ? "1 klacht gevonden" : count + " klachten gevonden";
    return found + (words ? " voor \u201c" + words + "\u201d" : "") + (filtered ? " met de gekozen filters" : "") + ".";
  }

  function run() {
    var number = ++searchNumber;
    var words = form.elements.zoek.value.trim();
    var chosenFilters = filters();
    writeAddress();
    if (!words && !Object.keys(chosenFilters).length) {
      // Nothing asked yet: show the totals only, and fetch no results a visitor did not ask for.
      current = { results: [], shown: 0 };
      list.textContent = "";
      more.hidden = true;
      showCounts(totals);
      status.textContent = "Typ een woord of kies een filter.";
      return Promise.resolve();
    }
    return pagefind.search(words || null, { filters: chosenFilters, sort: words ? undefined : { volgnummer: "asc" } }).then(function (search) {
      if (number !== searchNumber) return;  // a newer search has started meanwhile
      current = { results: search.results, shown: 0 };
      list.textContent = "";
      showCounts(search.filters);
      status.textContent = statusText(search.results.length, words, Object.keys(chosenFilters).length > 0);
      return showMore();
    });
  }

  var typing = null;
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  form.addEventListener("change", function () { run(); });
  form.elements.zoek.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(run, 300);
  });
  form.addEventListener("reset", function () { window.setTimeout(run, 0); });
  more.addEventListener("click", function () { showMore(); });

  import(new URL("pagefind/pagefind.js", siteRoot).href).then(function (module) {
    pagefind = module;
    return pagefind.options({ excerptLength: 30 });
  }).then(function () {
    return pagefind.filters();
  }).then(function (all) {
    totals = all;
    fillLocations(Object.keys(all.locatie || {}));
    readAddress();
    form.hidden = false;
    return run();
  }).catch(function (error) {
    status.textContent = "Zoeken lukt nu niet. Gebruik de lijst van locaties of soorten klachten.";
    console.warn(error);
  });
})();

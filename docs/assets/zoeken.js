/*
 * "Zoeken en filteren": search the complaints with Pagefind (site/pagefind/, one record per
 * complaint) and narrow by jaar, soort, oordeel, label and locatie (jaar only on a site of several
 * years, oordeel and label only where the data have them: the page then has their boxes). The words and filters are kept in
 * the page address, so a search can be shared. The complaints found can be downloaded as a CSV
 * for Excel. Text from the index or the data is only ever put on the page as text
 * (textContent), never as HTML.
 */
(function () {
  "use strict";

  var root = document.getElementById("zoeken");
  if (!root) return;
  var form = document.getElementById("zoekformulier");
  var filterBox = document.getElementById("zoekfilters");
  var choice = document.getElementById("zoekkeuze");
  var status = document.getElementById("zoekstatus");
  var list = document.getElementById("zoekresultaten");
  var more = document.getElementById("zoekmeer");
  var download = document.getElementById("zoekdownload");
  var downloadButton = download.querySelector("button");
  var downloadStatus = download.querySelector("[role=status]");
  var locations = document.getElementById("zoeklocaties");
  var CHECKBOX_FILTERS = ["organisatie", "jaar", "categorie", "gegrond", "label"];
  var PAGE_SIZE = 20;
  var EXCERPT_WORDS = 30;
  // The two parts of a record's text (generator/site/search_records.py): the excerpt comes from
  // the complaint's own text and stops where its location and category start.
  var TEXT_ANCHOR = "klachttekst";
  var PROPERTIES_ANCHOR = "kenmerken";
  // Pagefind's own word split: its word positions ("locations", "anchors") count these words.
  var WORD_SEPARATOR = /[\r\n\s]+/g;
  var WIDE_SCREEN = window.matchMedia("(min-width: 60em)");
  var pagefind = null;
  var totals = {};
  var current = emptySearch();
  var searchNumber = 0;

  var config = JSON.parse(document.getElementById("__config").textContent);
  var siteRoot = new URL(config.base.replace(/\/?$/, "/"), window.location.href);

  function emptySearch() {
    return { results: [], shown: 0, words: "", filters: {}, counts: {} };
  }

  function boxes(name, checkedOnly) {
    return root.querySelectorAll('input[name="' + name + '"]' + (checkedOnly ? ":checked" : ""));
  }

  function chosen(name) {
    return Array.prototype.map.call(boxes(name, true), function (box) { return box.value; });
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
      boxes(name).forEach(function (box) { box.checked = wanted.indexOf(box.value) !== -1; });
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
    root.querySelectorAll(".zoeken__aantal").forEach(function (label) {
      var values = counts[label.getAttribute("data-filter")] || {};
      var count = values[label.getAttribute("data-waarde")] || 0;
      label.textContent = "(" + count + ")";
    });
  }

  function labelText(box) {
    // The words of the box's label, without the count behind them.
    return Array.prototype.filter.call(box.parentNode.childNodes, function (node) { return node.nodeType === Node.TEXT_NODE; })
      .map(function (node) { return node.textContent.trim(); }).join(" ").trim();
  }

  function showChoice() {
    // Folded away on a phone, the filters still say which ones are on.
    var names = [];
    CHECKBOX_FILTERS.forEach(function (name) {
      boxes(name, true).forEach(function (box) { names.push(labelText(box)); });
    });
    var place = form.elements.locatie.value.trim();
    if (place) names.push("Locatie: " + place);
    choice.textContent = names.length ? "(" + names.join(", ") + ")" : "";
  }

  function fillLocations(names) {
    names.sort(function (a, b) { return a.localeCompare(b, "nl"); }).forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      locations.appendChild(option);
    });
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  }

  function anchorAt(data, id, fallback) {
    var anchor = (data.anchors || []).filter(function (item) { return item.id === id; })[0];
    return anchor ? anchor.location : fallback;
  }

  function excerpt(data) {
    // Pagefind's own excerpt may run from the complaint's text into its location and category;
    // this one stays inside the complaint's text, with the words that matched marked.
    if (!data.content || /\u200B/.test(data.raw_content || "")) return null;
    var words = data.content.split(WORD_SEPARATOR);
    var start = anchorAt(data, TEXT_ANCHOR, 0);
    var end = anchorAt(data, PROPERTIES_ANCHOR, words.length);
    var hits = (data.locations || []).filter(function (location) { return location >= start && location < end; });
    if (!hits.length) return null;
    var from = Math.max(start, Math.min(hits[0] - 8, end - EXCERPT_WORDS));
    var to = Math.min(end, from + EXCERPT_WORDS);
    var paragraph = element("p", "zoeken__uittreksel");
    if (from > start) paragraph.appendChild(document.createTextNode("\u2026 "));
    for (var index = from; index < to; index++) {
      if (index > from) paragraph.appendChild(document.createTextNode(" "));
      paragraph.appendChild(hits.indexOf(index) !== -1 ? element("mark", "", words[index]) : document.createTextNode(words[index]));
    }
    if (to < end) paragraph.appendChild(document.createTextNode(" \u2026"));
    return paragraph;
  }

  function property(list, name, value) {
    list.appendChild(element("dt", "", name));
    var description = element("dd");
    description.appendChild(typeof value === "string" ? document.createTextNode(value) : value);
    list.appendChild(description);
  }

  function badgeClass(gegrond) {
    // As the pages' badge class (generator/view/model.py, judgement_class): the judgement as a slug.
    var slug = gegrond.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return "gegrond gegrond-" + (slug || "leeg");
  }

  function gegrondBadge(gegrond) {
    var given = gegrond !== "Niet vermeld";
    return element("span", given ? badgeClass(gegrond) : "gegrond gegrond-leeg", given ? "Gegrond: " + gegrond : "Gegrond: niet vermeld");
  }

  function resultItem(data) {
    var meta = data.meta;
    var item = element("li", "zoeken__resultaat");
    var heading = element("p", "zoeken__kop");
    var link = element("a", "", meta.title);
    link.href = new URL(meta.adres, siteRoot).href;
    heading.appendChild(link);
    item.appendChild(heading);
    var properties = element("dl", "zoeken__kenmerken");
    property(properties, "Locatie", meta.locatie);
    // Only a site of several organisations names the organisation in its records.
    if (meta.organisatie !== undefined) property(properties, "Organisatie", meta.organisatie);
    if (meta.jaar !== undefined) property(properties, "Jaar", meta.jaar);
    property(properties, "Soort klacht", meta.categorie);
    // A year without judgements has none in its records.
    if (meta.gegrond !== undefined) property(properties, "Oordeel", gegrondBadge(meta.gegrond));
    item.appendChild(properties);
    item.appendChild(excerpt(data) || element("p", "zoeken__uittreksel", meta.omschrijving));
    return item;
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

  function complaints(count) {
    return count === 1 ? "1 klacht" : count + " klachten";
  }

  function statusText(count, words, filtered) {
    return complaints(count) + " gevonden" + (words ? " voor \u201c" + words + "\u201d" : "") + (filtered ? " met de gekozen filters" : "") + ".";
  }

  function showDownload(count) {
    download.hidden = count === 0;
    downloadButton.disabled = false;
    downloadButton.textContent = "Download " + (count === 1 ? "deze klacht" : "deze " + count + " klachten") + " (CSV voor Excel)";
    downloadStatus.textContent = "";
  }

  function run() {
    var number = ++searchNumber;
    var words = form.elements.zoek.value.trim();
    var chosenFilters = filters();
    writeAddress();
    showChoice();
    if (!words && !Object.keys(chosenFilters).length) {
      // Nothing asked yet: show the totals only, and fetch no results a visitor did not ask for.
      current = emptySearch();
      list.textContent = "";
      more.hidden = true;
      download.hidden = true;
      showCounts(totals);
      status.textContent = "Typ een woord of kies een filter.";
      return Promise.resolve();
    }
    return pagefind.search(words || null, { filters: chosenFilters, sort: words ? undefined : { volgnummer: "asc" } }).then(function (search) {
      if (number !== searchNumber) return;  // a newer search has started meanwhile
      current = { results: search.results, shown: 0, words: words, filters: chosenFilters, counts: search.filters };
      list.textContent = "";
      showCounts(search.filters);
      status.textContent = statusText(search.results.length, words, Object.keys(chosenFilters).length > 0);
      showDownload(search.results.length);
      return showMore();
    });
  }

  function revealResults() {
    // After "Zoeken" the first result must be on screen, below Material's header that stays on top.
    var first = list.firstElementChild || status;
    var header = document.querySelector(".md-header");
    var top = header ? header.getBoundingClientRect().bottom : 0;
    var box = first.getBoundingClientRect();
    if (box.top < top || box.top + Math.min(box.height, 80) > window.innerHeight) status.scrollIntoView({ block: "start" });
  }

  /* ----- Download of the selection ------------------------------------------------------- */

  // A cell that a spreadsheet would read as a formula gets a leading apostrophe. This is the rule
  // of the Excel downloads made at build time (formula cells in generator/site/downloads.py); keep
  // the two the same.
  var FORMULA_START = /^[=+\-@\t\r]/;

  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    if (FORMULA_START.test(text)) text = "'" + text;
    // Quoted as Python's csv module quotes (QUOTE_MINIMAL), so that the file equals the downloads.
    return /[;"\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csvText(columns, rows) {
    return [columns].concat(rows).map(function (row) { return row.map(csvCell).join(";"); }).join("\n") + "\n";
  }

  function dataAddress(category) {
    var box = Array.prototype.filter.call(boxes("categorie"), function (item) { return item.value === category; })[0];
    return box ? new URL(box.getAttribute("data-gegevens"), window.location.href).href : null;
  }

  function fetchCategory(category) {
    var address = dataAddress(category);
    if (!address) return Promise.reject(new Error("geen gegevens voor " + category));
    return fetch(address).then(function (response) {
      if (!response.ok) throw new Error(address + ": " + response.status);
      return response.json();
    });
  }

  function hasFilters(entry, chosenFilters) {
    return Object.keys(chosenFilters).every(function (name) {
      var values = entry.filters[name] || [];
      var wanted = chosenFilters[name];
      return typeof wanted === "string" ? values.indexOf(wanted) !== -1 : wanted.any.some(function (value) { return values.indexOf(value) !== -1; });
    });
  }

  function selectionRows(search) {
    // With words, the complaints are those Pagefind found (their numbers are in the results'
    // data); with filters only, the same filters are applied to the rows of each category.
    var found = search.words
      ? Promise.all(search.results.map(function (result) { return result.data(); })).then(function (items) {
          return items.map(function (data) { return data.meta; });
        })
      : Promise.resolve(null);
    return found.then(function (metas) {
      // A complaint is its year and volgnummer on a site of several years (its data has a column jaar).
      var numbers = metas && new Set(metas.map(function (meta) { return (meta.jaar ? meta.jaar + "-" : "") + meta.volgnummer; }));
      var categories = metas
        ? metas.map(function (meta) { return meta.categorie; })
        : (search.filters.categorie ? search.filters.categorie.any : Object.keys(search.counts.categorie || {}).filter(function (name) {
            return search.counts.categorie[name] > 0;
          }));
      categories = categories.filter(function (name, index) { return categories.indexOf(name) === index; });
      return Promise.all(categories.map(fetchCategory)).then(function (files) {
        var columns = files.length ? files[0].kolommen : [];
        var number = columns.indexOf("volgnummer");
        var year = columns.indexOf("jaar");
        var key = function (row) { return (year >= 0 ? row[year] + "-" : "") + row[number]; };
        var rows = [];
        files.forEach(function (file) {
          file.klachten.forEach(function (entry) {
            var wanted = numbers ? numbers.has(key(entry.rij)) : hasFilters(entry, search.filters);
            if (wanted) rows.push(entry.rij);
          });
        });
        rows.sort(function (a, b) { return (year >= 0 ? b[year] - a[year] : 0) || a[number] - b[number]; });
        return { columns: columns, rows: rows };
      });
    });
  }

  function save(text, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob(["\ufeff" + text], { type: "text/csv;charset=utf-8" }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  function downloadSelection() {
    var search = current;
    downloadButton.disabled = true;
    downloadStatus.textContent = "Het bestand wordt gemaakt\u2026";
    selectionRows(search).then(function (table) {
      if (table.rows.length !== search.results.length) {
        // Never hand out a file that differs from what the page shows.
        throw new Error(table.rows.length + " rijen voor " + search.results.length + " resultaten");
      }
      save(csvText(table.columns, table.rows), root.getAttribute("data-bestandsnaam"));
      downloadStatus.textContent = "Klaar: " + complaints(table.rows.length) + " in het bestand.";
    }).catch(function (error) {
      downloadStatus.textContent = "Het bestand kon niet worden gemaakt. Alle klachten staan onder Open data.";
      console.warn(error);
    }).then(function () {
      downloadButton.disabled = false;
    });
  }

  /* ----- Start ----------------------------------------------------------------------------- */

  var typing = null;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(typing);
    run().then(revealResults);
  });
  root.addEventListener("change", function (event) {
    if (event.target !== form.elements.zoek) run();
  });
  form.elements.zoek.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(run, 300);
  });
  form.addEventListener("reset", function () { window.setTimeout(run, 0); });
  more.addEventListener("click", function () { showMore(); });
  downloadButton.addEventListener("click", downloadSelection);

  import(new URL("pagefind/pagefind.js", siteRoot).href).then(function (module) {
    pagefind = module;
    return pagefind.filters();
  }).then(function (all) {
    totals = all;
    fillLocations(Object.keys(all.locatie || {}));
    readAddress();
    // Beside the results on a wide screen the filters are open; on a phone they fold away.
    filterBox.open = WIDE_SCREEN.matches;
    root.hidden = false;
    return run();
  }).catch(function (error) {
    form.hidden = true;
    filterBox.hidden = true;
    root.hidden = false;
    status.textContent = "Zoeken lukt nu niet. Gebruik de lijst van locaties of soorten klachten.";
    console.warn(error);
  });
})();

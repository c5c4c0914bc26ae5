/*
 * "Zoeken en filteren": search the complaints (the index in site/zoekindex/, searched by
 * zoekindex.js, one record per complaint) and narrow by jaar, soort, oordeel, label and locatie (jaar only on a site of several
 * years, oordeel and label only where the data have them: the page then has their boxes). The words and filters are kept in
 * the page address, so a search can be shared. The complaints found can be downloaded as a CSV
 * for Excel. Text from the index or the data is only ever put on the page as text
 * (textContent), never as HTML.
 *
 * The page downloads only what a visitor uses: the counts before a search are in the page
 * (data-totaal), the index once a visitor starts to fill in the form, and the values of the
 * location filter (one per location, the largest file of the index) only when the location
 * field is used or the address names a location.
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
  var placeField = form.elements.locatie;
  // Organisatie (on a site of several organisations), jaar (on a site of several years), soort,
  // oordeel and label: those the site has, whose boxes the page carries.
  var CHECKBOX_FILTERS = ["organisatie", "jaar", "categorie", "gegrond", "label"].filter(function (name) { return boxes(name).length; });
  var PAGE_SIZE = 20;
  var EXCERPT_WORDS = 30;
  // The index, in the site's root (generator/site/search_index.py, OUTPUT_FOLDER).
  var INDEX_FOLDER = "zoekindex/";
  var WIDE_SCREEN = window.matchMedia("(min-width: 60em)");
  var engine = null;  // the search engine (zoekindex.js), made at the first search
  var locationsFilled = null;
  var totals = pageTotals();
  var valueOfNumber = valuesByNumber();
  var current = emptySearch();
  var searchNumber = 0;

  var config = JSON.parse(document.getElementById("__config").textContent);
  var siteRoot = new URL(config.base.replace(/\/?$/, "/"), window.location.href);

  // Counts are kept by value in objects without a prototype: a category may be called "constructor".
  function counter() {
    return Object.create(null);
  }

  function pageTotals() {
    var result = counter();
    root.querySelectorAll(".zoeken__aantal").forEach(function (label) {
      var name = label.getAttribute("data-filter");
      result[name] = result[name] || counter();
      result[name][label.getAttribute("data-waarde")] = Number(label.getAttribute("data-totaal"));
    });
    return result;
  }

  function searchIndex() {
    // A promise, also when zoekindex.js did not load: the page then says search does not work.
    return Promise.resolve().then(function () {
      if (!engine) engine = window.Zoekindex(new URL(INDEX_FOLDER, siteRoot));
      return engine;
    });
  }

  function emptySearch() {
    return { results: [], shown: 0, words: "", filters: {}, counts: {}, listed: Promise.resolve() };
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
    var place = placeField.value.trim();
    if (place) result.locatie = place;
    return result;
  }

  function boxNumbers(name, checkedOnly) {
    return Array.prototype.map.call(boxes(name, checkedOnly), function (box) { return box.getAttribute("data-nummer"); });
  }

  function valuesByNumber() {
    // For jaar, soort, oordeel and label, in that order: the value of each box by its number.
    return CHECKBOX_FILTERS.map(function (name) {
      var values = {};
      boxes(name).forEach(function (box) { values[box.getAttribute("data-nummer")] = box.value; });
      return values;
    });
  }

  function combinationValues(combination) {
    // Organisatie, jaar, soort, oordeel and label are one filter in the index, their combination:
    // "0.3.0.1" is the value with data-nummer 0 of jaar, 3 of categorie, 0 of gegrond and 1 of
    // label; only the numbers of those the site has (organisatie first, on a site of several); a
    // year without oordeel or label on a site whose other years have them has an empty place
    // ("0.3..1") (generator/site/search_records.py).
    var result = {};
    combination.split(".").forEach(function (number, index) {
      result[CHECKBOX_FILTERS[index]] = valueOfNumber[index][number];
    });
    return result;
  }

  function locationValues(typed) {
    // A location's value is its name as its page gives it, with its label where it has one ("De
    // Klaver (Partou)"), and on a site of several organisations with its organisation after that
    // ("De Klaver (Partou) (Kindgroei)"; generator/site/search_records.py, view/filter_values.py).
    // A name typed without them is that location under every label and of every organisation.
    var named = [typed].concat(boxValues("label").map(function (label) { return typed + " (" + label + ")"; }));
    var organisations = boxValues("organisatie");
    return organisations.reduce(function (values, organisation) {
      return values.concat(named.map(function (name) { return name + " (" + organisation + ")"; }));
    }, named);
  }

  function boxValues(name) {
    return Array.prototype.map.call(boxes(name), function (box) { return box.value; });
  }

  function indexFilters(chosenFilters) {
    // The chosen filters as the index has them: any combination of the values chosen (of a
    // filter with none chosen, any value).
    var result = {};
    if (chosenFilters.locatie) result.locaties = locationValues(chosenFilters.locatie);
    if (!CHECKBOX_FILTERS.some(function (name) { return chosenFilters[name]; })) return result;
    var combinations = CHECKBOX_FILTERS.reduce(function (made, name) {
      var values = boxNumbers(name, Boolean(chosenFilters[name]));
      // Any value of a filter that some years lack includes their empty place.
      if (!chosenFilters[name] && sum(totals[name]) < sum(totals.categorie)) values.push("");
      return [].concat.apply([], made.map(function (start) {
        return values.map(function (value) { return start === null ? value : start + "." + value; });
      }));
    }, [null]);
    result.combinaties = combinations;
    return result;
  }

  function sum(counts) {
    return Object.keys(counts || {}).reduce(function (total, value) { return total + counts[value]; }, 0);
  }

  function countsOf(combinationCounts) {
    // The counts of the combinations, added up for each value of jaar, soort, oordeel and label.
    var result = counter();
    CHECKBOX_FILTERS.forEach(function (name) { result[name] = counter(); });
    Object.keys(combinationCounts).forEach(function (combination) {
      var count = combinationCounts[combination];
      var values = combinationValues(combination);
      CHECKBOX_FILTERS.forEach(function (name) {
        result[name][values[name]] = (result[name][values[name]] || 0) + count;
      });
    });
    return result;
  }

  function recordProperties(data) {
    // What the page shows of a record: its number, address, location, jaar, soort and oordeel.
    var values = combinationValues(data.combinatie);
    return {
      volgnummer: data.volgnummer,
      organisatie: values.organisatie,
      jaar: values.jaar,
      address: data.adres,
      locatie: data.locatie,
      categorie: values.categorie,
      gegrond: values.gegrond,
    };
  }

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    form.elements.zoek.value = params.get("zoek") || "";
    placeField.value = params.get("locatie") || "";
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
    var place = placeField.value.trim();
    if (place) params.set("locatie", place);
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function showCounts(counts) {
    root.querySelectorAll(".zoeken__aantal").forEach(function (label) {
      var values = counts[label.getAttribute("data-filter")] || counter();
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
    var place = placeField.value.trim();
    if (place) names.push("Locatie: " + place);
    choice.textContent = names.length ? "(" + names.join(", ") + ")" : "";
  }

  function fillLocations() {
    // The list of locations to choose from: the values of the location filter, loaded now.
    if (!locationsFilled) {
      locationsFilled = searchIndex().then(function (index) { return index.locationNames(); }).then(function (names) {
        var options = document.createDocumentFragment();
        names.slice().sort(function (a, b) { return a.localeCompare(b, "nl"); }).forEach(function (name) {
          var option = document.createElement("option");
          option.value = name;
          options.appendChild(option);
        });
        locations.appendChild(options);
      }).catch(function (error) {
        locationsFilled = null;
        console.warn(error);
      });
    }
    return locationsFilled;
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  }

  function excerpt(data) {
    // From the complaint's own text, not its location and category, with the words that matched
    // marked. Without a word found there, it is the omschrijving.
    var words = data.tekst.split(window.Zoekindex.WORD_SEPARATOR);
    var end = data.kenmerken;
    var hits = data.treffers.filter(function (place) { return place < end; });
    if (!hits.length) return quote(words, 0, data.oplossing === undefined ? end : data.oplossing, []);
    var from = Math.max(0, Math.min(hits[0] - 8, end - EXCERPT_WORDS));
    var to = Math.min(end, from + EXCERPT_WORDS);
    var paragraph = quote(words, from, to, hits);
    if (from > 0) paragraph.insertBefore(document.createTextNode("\u2026 "), paragraph.firstChild);
    if (to < end) paragraph.appendChild(document.createTextNode(" \u2026"));
    return paragraph;
  }

  function quote(words, from, to, hits) {
    var paragraph = element("p", "zoeken__uittreksel");
    for (var index = from; index < to; index++) {
      if (index > from) paragraph.appendChild(document.createTextNode(" "));
      paragraph.appendChild(hits.indexOf(index) !== -1 ? element("mark", "", words[index]) : document.createTextNode(words[index]));
    }
    return paragraph;
  }

  function property(list, name, value) {
    list.appendChild(element("dt", "", name));
    var description = element("dd");
    description.appendChild(typeof value === "string" ? document.createTextNode(value) : value);
    list.appendChild(description);
  }

  function gegrondBadge(gegrond) {
    // The text and class of the pages' badge, which the judgement's box carries (zoeken.md.j2;
    // generator/view/model.py, judgement_label and judgement_class).
    // A value without a box (an index older than the page, during a live preview) shows as it is.
    var box = Array.prototype.find.call(boxes("gegrond"), function (candidate) { return candidate.value === gegrond; });
    if (!box) return element("span", "gegrond", gegrond);
    return element("span", "gegrond " + box.getAttribute("data-klasse"), box.getAttribute("data-tekst"));
  }

  function resultItem(data) {
    var record = recordProperties(data);
    var item = element("li", "zoeken__resultaat");
    var heading = element("p", "zoeken__kop");
    var link = element("a", "", "Klacht " + record.volgnummer + (record.jaar !== undefined ? " (" + record.jaar + ")" : ""));
    link.href = new URL(record.address, siteRoot).href;
    heading.appendChild(link);
    item.appendChild(heading);
    var properties = element("dl", "zoeken__kenmerken");
    property(properties, "Locatie", record.locatie);
    // Only a site of several organisations has an organisation in its combination.
    if (record.organisatie !== undefined) property(properties, "Organisatie", record.organisatie);
    if (record.jaar !== undefined) property(properties, "Jaar", record.jaar);
    property(properties, "Soort klacht", record.categorie);
    // A year without judgements has no oordeel in its combination.
    if (record.gegrond !== undefined) property(properties, "Oordeel", gegrondBadge(record.gegrond));
    item.appendChild(properties);
    item.appendChild(excerpt(data));
    return item;
  }

  function showMore() {
    var shownFor = current;
    var next = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    current.shown += next.length;
    more.hidden = current.shown >= current.results.length;
    var loaded = Promise.all(next.map(function (result) { return result.data(); }));
    loaded.catch(function () {});  // handled in turn, below
    // Batches load side by side but are listed in turn: after two quick clicks, the second batch
    // may arrive first and must still come after the first.
    shownFor.listed = shownFor.listed.then(function () { return loaded; }).then(function (items) {
      // A newer search may have replaced the list while these were loading.
      if (shownFor !== current) return;
      items.forEach(function (data) { list.appendChild(resultItem(data)); });
    }, function (error) {
      if (shownFor === current) searchFailed(error);
    });
    return shownFor.listed;
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
    return searchAll(words, chosenFilters).then(function (search) {
      if (number !== searchNumber) return;  // a newer search has started meanwhile
      current = { results: search.results, shown: 0, words: words, filters: chosenFilters, counts: search.filters, listed: Promise.resolve() };
      list.textContent = "";
      showCounts(search.filters);
      status.textContent = statusText(search.results.length, words, Object.keys(chosenFilters).length > 0);
      showDownload(search.results.length);
      return showMore();
    }, function (error) {
      if (number === searchNumber) searchFailed(error);
    });
  }

  function searchFailed(error) {
    form.hidden = true;
    filterBox.hidden = true;
    list.textContent = "";
    more.hidden = true;
    download.hidden = true;
    status.textContent = "Zoeken lukt nu niet. Gebruik de lijst van locaties of soorten klachten.";
    console.warn(error);
  }

  function searchAll(words, chosenFilters) {
    // With words, the best results come first; with filters only, the complaints in the order
    // of the index: by number, on a site of several years the newest year first.
    return searchIndex().then(function (index) { return index.search(words, indexFilters(chosenFilters)); }).then(function (search) {
      return { results: search.results, filters: countsOf(search.counts) };
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
      // A location typed without its organisation is that location of every organisation.
      var wanted = name === "locatie" ? locationValues(chosenFilters.locatie) : chosenFilters[name].any;
      return wanted.some(function (value) { return values.indexOf(value) !== -1; });
    });
  }

  function selectionRows(search) {
    // With words, the complaints are those found (their numbers are in the results'
    // data); with filters only, the same filters are applied to the rows of each category.
    var found = search.words
      ? Promise.all(search.results.map(function (result) { return result.data(); })).then(function (items) {
          return items.map(recordProperties);
        })
      : Promise.resolve(null);
    return found.then(function (records) {
      // A complaint is its category (which names its organisation on a site of several), and its
      // year (on a site of several years, whose data has a column jaar) and volgnummer.
      var numbers = records && new Set(records.map(function (record) {
        return record.categorie + "|" + (record.jaar ? record.jaar + "-" : "") + record.volgnummer;
      }));
      var categories = records
        ? records.map(function (record) { return record.categorie; })
        : (search.filters.categorie ? search.filters.categorie.any : Object.keys(search.counts.categorie || {}).filter(function (name) {
            return search.counts.categorie[name] > 0;
          }));
      categories = categories.filter(function (name, index) { return categories.indexOf(name) === index; });
      return Promise.all(categories.map(fetchCategory)).then(function (files) {
        var columns = files.length ? files[0].kolommen : [];
        var number = columns.indexOf("volgnummer");
        var year = columns.indexOf("jaar");
        var key = function (category, row) { return category + "|" + (year >= 0 ? row[year] + "-" : "") + row[number]; };
        var rows = [];
        files.forEach(function (file, index) {
          file.klachten.forEach(function (entry) {
            var wanted = numbers ? numbers.has(key(categories[index], entry.rij)) : hasFilters(entry, search.filters);
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

  // A visitor who starts to fill in the form will search: the index starts loading then.
  root.addEventListener("focusin", function () {
    searchIndex().then(function (index) { return index.warm(); }).catch(function () {});  // run() says so when searching fails
  }, { once: true });
  placeField.addEventListener("focus", fillLocations);

  readAddress();
  // Beside the results on a wide screen the filters are open; on a phone they fold away.
  filterBox.open = WIDE_SCREEN.matches;
  root.hidden = false;
  run();
})();

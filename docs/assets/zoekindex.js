/*
 * The search engine of "Zoeken en filteren": reads the index that generator/site/search_index.py
 * writes (site/zoekindex/) and downloads only what a search needs. zoeken.js shows the results.
 *
 *   var index = window.Zoekindex(new URL("zoekindex/", siteRoot));
 *   index.search("luiers wachtlijst", { combinaties: ["0.3.0.1"], locaties: ["De Klaver"] })
 *     -> { results: [{ number, data() }], counts: { "0.3.0.1": 12, ... } }
 *   index.locationNames() -> every value of the location filter
 *
 * A word finds the complaints with a word of the same stem ("luiers" finds "luier"), and with a
 * word that starts with it ("wacht" finds "wachtlijst"); every word of a search must be found.
 * With words, the best results come first; without, the complaints in the order of the index.
 */
(function () {
  "use strict";

  // As generator/site/search_words.py: letters and digits, lower case, without accents.
  var WORD = /[\p{L}\p{N}]+/gu;
  var ACCENTS = /\p{M}/gu;
  var WORD_KEY_LENGTH = 2;  // search_index.py WORD_KEY_LENGTH
  var RECORDS_PER_FOLDER = 1000;  // search_index.py RECORDS_PER_FOLDER
  // A word that starts many words ("ver") looks at most this many stems besides its own.
  var MOST_STEMS_PER_WORD = 40;

  function normalisedWords(text) {
    return text.toLowerCase().normalize("NFD").replace(ACCENTS, "").match(WORD) || [];
  }

  function fileKey(word) {
    var letters = Array.from(word).slice(0, WORD_KEY_LENGTH).join("");
    return Array.prototype.map.call(new TextEncoder().encode(letters), function (byte) {
      return (byte < 16 ? "0" : "") + byte.toString(16);
    }).join("");
  }

  function Zoekindex(address) {
    var files = {};

    function load(path, missingIs) {
      if (!files[path]) {
        files[path] = fetch(new URL(path, address).href).then(function (response) {
          // No words file for some first letters: no complaint has such a word.
          if (response.status === 404 && missingIs !== undefined) return missingIs;
          if (!response.ok) throw new Error(path + ": " + response.status);
          return response.json();
        });
        files[path].catch(function () { delete files[path]; });
      }
      return files[path];
    }

    function complaints() { return load("klachten.json"); }
    function locations() { return load("locaties.json"); }
    function record(number) {
      return load("klacht/" + Math.floor(number / RECORDS_PER_FOLDER) + "/" + number + ".json");
    }

    function stemPostings(number) {
      return load("stammen/" + number + ".json").then(function (postings) {
        var found = new Map();
        var at = 0;
        postings.stappen.forEach(function (step, index) {
          at += step;
          found.set(at, postings.keer[index]);
        });
        return found;
      });
    }

    function termMatch(term) {
      // The stems of the word itself and of the words it starts, and those words.
      return load("woorden/" + fileKey(term) + ".json", {}).then(function (words) {
        var own = Object.prototype.hasOwnProperty.call(words, term) ? [words[term]] : [];
        var started = Object.keys(words).filter(function (word) { return word !== term && word.indexOf(term) === 0; })
          .sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); })
          .map(function (word) { return words[word]; });
        var stems = own.concat(started).filter(function (stem, index, all) { return all.indexOf(stem) === index; }).slice(0, MOST_STEMS_PER_WORD + own.length);
        var surface = Object.keys(words).filter(function (word) { return stems.indexOf(words[word]) !== -1; });
        return Promise.all(stems.map(stemPostings)).then(function (postingsOfStems) {
          var times = new Map();
          postingsOfStems.forEach(function (postings) {
            postings.forEach(function (count, number) { times.set(number, (times.get(number) || 0) + count); });
          });
          return { times: times, words: surface };
        });
      });
    }

    function wordResults(terms, total) {
      return Promise.all(terms.map(termMatch)).then(function (matches) {
        var smallest = matches.reduce(function (least, match) { return match.times.size < least.times.size ? match : least; }, matches[0]);
        var scored = [];
        smallest.times.forEach(function (ignored, number) {
          var score = 0;
          for (var index = 0; index < matches.length; index++) {
            var count = matches[index].times.get(number);
            if (!count) return;
            score += Math.log(1 + count) * Math.log(1 + total / matches[index].times.size);
          }
          scored.push({ number: number, score: score });
        });
        scored.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
        var marked = new Set([].concat.apply([], matches.map(function (match) { return match.words; })));
        return { numbers: scored.map(function (item) { return item.number; }), marked: marked };
      });
    }

    function allNumbers(total) {
      var numbers = [];
      for (var number = 0; number < total; number++) numbers.push(number);
      return numbers;
    }

    function hitsIn(text, marked) {
      // The places (words split at spaces) of the words found, to mark in the excerpt.
      var hits = [];
      text.split(/\s+/).forEach(function (piece, place) {
        if (normalisedWords(piece).some(function (word) { return marked.has(word); })) hits.push(place);
      });
      return hits;
    }

    function result(number, marked) {
      return {
        number: number,
        data: function () {
          return record(number).then(function (data) {
            return Object.assign({}, data, { treffers: marked.size ? hitsIn(data.tekst, marked) : [] });
          });
        },
      };
    }

    function search(words, filters) {
      var terms = normalisedWords(words || "").filter(function (term, index, all) { return all.indexOf(term) === index; });
      var wanted = filters.locaties ? locations() : Promise.resolve(null);
      return Promise.all([complaints(), wanted]).then(function (loaded) {
        var index = loaded[0];
        var places = loaded[1];
        var total = index.combinatie.length;
        var found = words && !terms.length ? Promise.resolve({ numbers: [], marked: new Set() })
          : terms.length ? wordResults(terms, total) : Promise.resolve({ numbers: allNumbers(total), marked: new Set() });
        return found.then(function (matched) {
          var combinations = filters.combinaties && new Set(filters.combinaties);
          var names = filters.locaties && new Set(filters.locaties);
          var counts = {};
          var numbers = matched.numbers.filter(function (number) {
            var combination = index.combinaties[index.combinatie[number]];
            if (combinations && !combinations.has(combination)) return false;
            if (names && !names.has(places.namen[places.locatie[number]])) return false;
            counts[combination] = (counts[combination] || 0) + 1;
            return true;
          });
          return {
            results: numbers.map(function (number) { return result(number, matched.marked); }),
            counts: counts,
          };
        });
      });
    }

    return {
      search: search,
      locationNames: function () { return locations().then(function (places) { return places.namen; }); },
      // Loads what every search needs, before a visitor's first search.
      warm: function () { return complaints(); },
    };
  }

  // The split of a visitor's words, which must equal the index's (tests/browser/test_filter_search.py
  // holds the two together).
  Zoekindex.normalisedWords = normalisedWords;
  window.Zoekindex = Zoekindex;
})();

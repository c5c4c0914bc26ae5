/*
 * The search engine of "Zoeken en filteren": reads the index that generator/site/search_index.py
 * writes (site/zoekindex/) and downloads only what a search needs. zoeken.js shows the results.
 *
 *   var index = window.Zoekindex(new URL("zoekindex/", siteRoot));
 *   index.search("luiers wachtlijst", { combinaties: ["0.3.0.1"], locaties: ["De Klaver"] })
 *     -> { results: [{ number, data() }], counts: { "0.3.0.1": 12, ... } }
 *   index.locationNames() -> every value of the location filter
 *
 * A word finds the complaints with a word of the same stem ("luiers" finds "luier"), and from
 * three letters on also those with a word that starts with it or with the form it comes from
 * ("wacht" finds "wachtlijst", "luiers" "luierverschoning");
 * every word of a search must be found. With words, the best results come first; without, the
 * complaints in the order of the index.
 *
 * The index knows every word the complaints use, with its stem (Dutch Snowball, made at build
 * time). A word a visitor types that no complaint uses ("plaatsingen") is looked up by the forms
 * a Dutch plural, diminutive or inflection comes from ("plaatsing"; dutchForms): those that are
 * in the index bring their stem. That finds only words the complaints really use.
 */
(function () {
  "use strict";

  // As generator/site/search_words.py: letters and digits, lower case, without accents.
  var WORD = /[\p{L}\p{N}]+/gu;
  var ACCENTS = /\p{M}/gu;
  // A record's text split at spaces, as search_index.py splits it (str.split()): a hit is the
  // place of a part in these words, and zoeken.js cuts its excerpts from them.
  var WORD_SEPARATOR = /\s+/;
  var WORD_KEY_LENGTH = 2;  // search_index.py WORD_KEY_LENGTH
  var RECORDS_PER_FOLDER = 1000;  // search_index.py RECORDS_PER_FOLDER
  var STEMS_PER_FILE_MOST = 1000;  // search_index.py STEMS_PER_FILE_MOST: a stem's key is its file and place
  var ENTRY_FILE = "index.json";  // search_index.py ENTRY_FILE: names the folder of the index
  // A shorter word finds only itself: "ge" would start hundreds of words.
  var SHORTEST_PREFIX = 3;
  // Endings of Dutch plurals, diminutives and inflections, longest first, with what may stand
  // in their place ("heden" -> "heid").
  var ENDINGS = [
    ["heden", "heid"], ["eren", ""], ["tjes", ""], ["jes", ""], ["tje", ""], ["je", ""], ["en", ""], ["es", ""],
    ["ers", "er"], ["s", ""], ["e", ""], ["n", ""],
  ];
  var VOWELS = "aeiou";

  function normalisedWords(text) {
    return text.toLowerCase().normalize("NFD").replace(ACCENTS, "").match(WORD) || [];
  }

  function dutchForms(word) {
    // The forms a word may come from: without its ending, with a doubled consonant made single
    // ("ongelukken" -> "ongeluk"), a vowel made long again ("straten" -> "straat") and "v"/"z"
    // back to "f"/"s" ("brieven" -> "brief", "huizen" -> "huis").
    var forms = [];
    ENDINGS.forEach(function (ending) {
      if (word.length - ending[0].length < 2 || word.slice(-ending[0].length) !== ending[0]) return;
      var base = word.slice(0, -ending[0].length) + ending[1];
      forms.push(base);
      var last = base.slice(-1);
      var before = base.slice(-2, -1);
      if (last === before && VOWELS.indexOf(last) === -1) forms.push(base.slice(0, -1));
      if (VOWELS.indexOf(before) !== -1 && VOWELS.indexOf(last) === -1 && VOWELS.indexOf(base.slice(-3, -2)) === -1) {
        forms.push(base.slice(0, -1) + before + last);
      }
      if (last === "v" || last === "z") {
        var hard = last === "v" ? "f" : "s";
        forms.push(base.slice(0, -1) + hard);
        forms.push(base.slice(0, -2) + before + before + hard);
      }
    });
    return forms.filter(function (form, index) { return form !== word && forms.indexOf(form) === index; });
  }

  function fileKey(word) {
    var letters = Array.from(word).slice(0, WORD_KEY_LENGTH).join("");
    return Array.prototype.map.call(new TextEncoder().encode(letters), function (byte) {
      return (byte < 16 ? "0" : "") + byte.toString(16);
    }).join("");
  }

  function Zoekindex(address) {
    var files = {};
    // The folder of the index this page reads, from the entry file: asked again of the server
    // each time a page is opened, so that it is this build's.
    var folder = null;

    function contentFolder() {
      if (!folder) {
        folder = fetch(new URL(ENTRY_FILE, address).href, { cache: "no-cache" }).then(function (response) {
          if (!response.ok) throw new Error(ENTRY_FILE + ": " + response.status);
          return response.json();
        }).then(function (entry) { return new URL(entry.inhoud, address); });
        folder.catch(function () { folder = null; });
      }
      return folder;
    }

    function load(path, missingIs) {
      if (!files[path]) {
        files[path] = contentFolder().then(function (base) { return fetch(new URL(path, base).href); }).then(function (response) {
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

    function stemPostings(key) {
      return load("stammen/" + Math.floor(key / STEMS_PER_FILE_MOST) + ".json").then(function (stemsOfFile) {
        var postings = stemsOfFile[key % STEMS_PER_FILE_MOST];
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
      // The stems of the word itself, of the forms it may come from, and of the words it starts;
      // and every word of those stems.
      var looked = [term].concat(dutchForms(term));
      var keys = looked.map(fileKey).filter(function (key, index, all) { return all.indexOf(key) === index; });
      return Promise.all(keys.map(function (key) { return load("woorden/" + key + ".json", {}); })).then(function (wordFiles) {
        var words = Object.assign.apply(Object, [Object.create(null)].concat(wordFiles));
        var stems = new Set();
        // The word itself and the forms it comes from that the complaints use start words too
        // ("luiers" finds "luierverschoning"), from three letters on.
        var starts = looked.filter(function (word, index) {
          if (!Object.prototype.hasOwnProperty.call(words, word)) return index === 0;
          stems.add(words[word]);
          return true;
        }).filter(function (word) { return Array.from(word).length >= SHORTEST_PREFIX; });
        Object.keys(words).forEach(function (word) {
          if (starts.some(function (start) { return word.indexOf(start) === 0; })) stems.add(words[word]);
        });
        var surface = Object.keys(words).filter(function (word) { return stems.has(words[word]); });
        stems = Array.from(stems);
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
      // The places (in the words split at WORD_SEPARATOR) of the words found, to mark in the excerpt.
      var hits = [];
      text.split(WORD_SEPARATOR).forEach(function (piece, place) {
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
      var terms = Array.from(new Set(normalisedWords(words || "")));
      var wanted = filters.locaties ? locations() : Promise.resolve(null);
      return Promise.all([complaints(), wanted]).then(function (loaded) {
        var index = loaded[0];
        var places = loaded[1];
        var total = index.combinatie.length;
        // Words without a letter or digit ("!!!") are no words: the filters alone decide.
        var found = terms.length ? wordResults(terms, total) : Promise.resolve({ numbers: allNumbers(total), marked: new Set() });
        return found.then(function (matched) {
          var combinations = filters.combinaties && new Set(filters.combinaties);
          var names = filters.locaties && new Set(filters.locaties);
          var counts = Object.create(null);
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
  Zoekindex.WORD_SEPARATOR = WORD_SEPARATOR;
  window.Zoekindex = Zoekindex;
})();

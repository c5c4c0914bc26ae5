/*
 * Dutch stemming for Material's search queries.
 *
 * Material turns every query word into a prefix query ("luiers" -> "luiers*"), and lunr runs no
 * pipeline (so no stemmer) on a word with a wildcard. With the Dutch stemmer in the index
 * ("luier", "luiers" -> "luier"), a plural then finds nothing. Here each prefix word is stemmed
 * first ("luiers*" -> "luier*"), so a plural finds the singular and a word still finds longer words.
 * Appended to lunr.nl.min.js by generator/mkdocs_hook.py; runs in the search worker.
 */
(function (lunr) {
  if (!lunr || !lunr.nl || !lunr.Index || lunr.Index.prototype.__stemsWildcards) return;
  var search = lunr.Index.prototype.search;
  var prefixWord = /(^|[\s+\-:])([^\s+\-:*~^]+)\*(?=\s|$)/g;
  function stem(word) {
    var token = new lunr.Token(word.toLowerCase());
    var stemmed = lunr.nl.stemmer(lunr.nl.trimmer(token) || token);
    return stemmed ? stemmed.toString() : word;
  }
  lunr.Index.prototype.search = function (queryString) {
    return search.call(this, String(queryString).replace(prefixWord, function (match, before, word) {
      return before + stem(word) + "*";
    }));
  };
  lunr.Index.prototype.__stemsWildcards = true;
})(typeof lunr !== "undefined" ? lunr : undefined);

/*
 * Dutch stemming for Material's search queries.
 *
 * Material turns every query word into a prefix query ("luiers" -> "luiers*"), and lunr runs no
 * pipeline (so no stemmer) on a word with a wildcard. With the Dutch stemmer in the index
 * ("luier", "luiers" -> "luier"), a plural then finds nothing. Here each word of a query is
 * stemmed as lunr's query parser hands it over ("luiers*" -> "luier*"), so a plural finds the
 * singular and a word still finds longer words.
 *
 * It is done where the parser adds a clause, not on the query text, because Material parses the
 * query a second time to tell which words a result lacks ("Ontbreekt: luiers"): that second parse
 * now sees the same stem as the search, and a word whose stem matched is not called missing.
 * A word without a wildcard (Material's "+word" for a phrase in quotes) is stemmed the same way;
 * a stop word is left to lunr's own pipeline.
 * Appended to lunr.nl.min.js by generator/mkdocs_plugin.py; runs in the search worker.
 */
(function (lunr) {
  if (!lunr || !lunr.nl || !lunr.Query || lunr.Query.prototype.__stemsQueryWords) return;
  var clause = lunr.Query.prototype.clause;
  var prefixWord = /^([^*~^:]+)\*$/;
  var plainWord = /^[^*~^:]+$/;

  function stemmed(word) {
    // lunr.nl's own search pipeline, in its order: trimmer, stop words, stemmer.
    var token = lunr.nl.trimmer(new lunr.Token(word.toLowerCase()));
    if (!token || !lunr.nl.stopWordFilter(token)) return null;
    var stem = lunr.nl.stemmer(token);
    return stem ? stem.toString() : null;
  }

  lunr.Query.prototype.clause = function (added) {
    // Only the query parser's clauses: they come without a wildcard setting, their "*" still in the term.
    if (added && typeof added.term === "string" && !("wildcard" in added)) {
      var prefix = prefixWord.exec(added.term);
      var stem = prefix ? stemmed(prefix[1]) : plainWord.test(added.term) && added.usePipeline !== false ? stemmed(added.term) : null;
      if (stem && prefix) {
        added.term = stem + "*";
      } else if (stem) {
        added.term = stem;
        added.usePipeline = false;  // already through the pipeline: stemming a stem again may cut more off
      }
    }
    return clause.call(this, added);
  };
  lunr.Query.prototype.__stemsQueryWords = true;
})(typeof lunr !== "undefined" ? lunr : undefined);

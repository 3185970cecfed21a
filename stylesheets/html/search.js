/* teipress search: runs on a static host and from file://, no network, no build step.
   The index (assets/search-index.js) sets window.TEIPRESS_SEARCH; its words were cut by
   jieba at build time. A query is cut here by longest match against that vocabulary;
   every character is indexed as well, so no part of a query is ever unknown by accident.
   A result must hold every part of the query. Results are built with DOM calls and
   textContent only: nothing from the index or the query is parsed as HTML. */
(function () {
  "use strict";

  var index = window.TEIPRESS_SEARCH;
  var SEPARATORS = /[\s\p{P}\p{S}]+/u;

  function segment(query) {
    var tokens = [];
    query.toLowerCase().split(SEPARATORS).forEach(function (part) {
      var chars = Array.from(part);
      var i = 0;
      while (i < chars.length) {
        var word = chars[i];
        for (var len = Math.min(index.maxLen, chars.length - i); len > 1; len--) {
          var candidate = chars.slice(i, i + len).join("");
          if (Object.prototype.hasOwnProperty.call(index.terms, candidate)) {
            word = candidate;
            break;
          }
        }
        tokens.push(word);
        i += Array.from(word).length;
      }
    });
    return tokens;
  }

  function search(query) {
    var tokens = segment(query);
    if (!tokens.length) { return { tokens: tokens, hits: [] }; }
    var scores = null;
    tokens.forEach(function (token) {
      var postings = Object.prototype.hasOwnProperty.call(index.terms, token)
        ? index.terms[token] : [];
      var next = new Map();
      postings.forEach(function (posting) {
        var doc = posting[0];
        if (scores === null || scores.has(doc)) {
          var before = scores === null ? 0 : scores.get(doc);
          next.set(doc, before + posting[1] * Array.from(token).length);
        }
      });
      scores = next;
    });
    var hits = Array.from(scores.keys());
    hits.sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
    return { tokens: tokens, hits: hits };
  }

  /* The text with the query marked: whole query parts where they occur as typed,
     else the words the query was cut into (single characters only as a last resort). */
  function highlighted(text, query, tokens) {
    var fragment = document.createDocumentFragment();
    var parts = query.toLowerCase().split(SEPARATORS).filter(Boolean);
    var words = parts.concat(tokens.filter(function (t) { return Array.from(t).length > 1; }));
    if (!words.length) { words = tokens; }
    var rest = text;
    while (rest) {
      var first = -1, found = "";
      var lower = rest.toLowerCase();
      words.forEach(function (w) {
        var at = lower.indexOf(w);
        if (at >= 0 && (first < 0 || at < first || (at === first && w.length > found.length))) {
          first = at;
          found = w;
        }
      });
      if (first < 0) { fragment.appendChild(document.createTextNode(rest)); break; }
      fragment.appendChild(document.createTextNode(rest.slice(0, first)));
      var mark = document.createElement("mark");
      mark.textContent = rest.slice(first, first + found.length);
      fragment.appendChild(mark);
      rest = rest.slice(first + found.length);
    }
    return fragment;
  }

  function show(query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    list.replaceChildren();
    if (!index) { status.textContent = "搜索索引未能加载。"; return; }
    query = query.trim();
    if (!query) { status.textContent = ""; return; }
    var result = search(query);
    status.textContent = result.hits.length
      ? "“" + query + "”：找到 " + result.hits.length + " 篇"
      : "“" + query + "”：没有找到。";
    result.hits.forEach(function (number) {
      var doc = index.docs[number];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = doc[0];
      link.className = "result-title";
      link.appendChild(highlighted(doc[1], query, result.tokens));
      var where = document.createElement("span");
      where.className = "result-where";
      where.textContent = doc[2];
      var excerpt = document.createElement("p");
      excerpt.className = "result-excerpt";
      excerpt.appendChild(highlighted(doc[3], query, result.tokens));
      item.append(link, where, excerpt);
      list.appendChild(item);
    });
  }

  var form = document.getElementById("search-box");
  var input = document.getElementById("search-query");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  show(initial);
  window.teipressSearch = search;
}());

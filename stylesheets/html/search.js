/* teipress search: runs on a static host and from file://, no network, no build step.
   The index (assets/search-index.js) sets window.TEIPRESS_SEARCH; its words were cut by
   jieba at build time and are split into shards by their first character
   (assets/search-terms-K.js), loaded as scripts when a query needs them. A query is cut
   here by longest match against the index's words; every character and every pair of
   neighbouring characters is indexed as well, so no part of a query is unknown by
   accident. A result must hold every part of the query and every pair of its
   neighbouring characters (so the parts stand side by side). Results are built with DOM
   calls and textContent only: nothing from the index or the query is parsed as HTML. */
(function () {
  "use strict";

  var index = window.TEIPRESS_SEARCH;
  var SEPARATORS = /[\s\p{P}\p{S}]+/u;
  var base = document.currentScript.src.replace(/[^/]*$/, "");
  var terms = new Map();
  var shards = new Map();

  window.TEIPRESS_SEARCH_TERMS = function (number, words) {
    Object.keys(words).forEach(function (word) { terms.set(word, words[word]); });
  };

  /* Each page's documents' whole text (NN.text.js beside the page), loaded only for the
     pages of the results shown, so the words around a match come from wherever it is. */
  var TEXT_HITS = 30;
  var CONTEXT_BEFORE = 30, CONTEXT_AFTER = 60;
  var texts = new Map();
  var textLoads = new Map();
  window.TEIPRESS_SEARCH_TEXT = function (stem, data) { texts.set(stem, data); };

  /* 2022-11-22/03/art-1.html and 2022-11-22/03.html#fig-2 both belong to 2022-11-22/03 */
  function stemOf(url) {
    return url.indexOf("#") >= 0 ? url.split("#")[0].replace(/\.html$/, "")
      : url.replace(/\/[^/]*\.html$/, "");
  }

  function loadTexts(hits) {
    var stems = new Set(hits.slice(0, TEXT_HITS).map(function (n) {
      return stemOf(index.docs[n][0]);
    }));
    return Promise.all(Array.from(stems).map(function (stem) {
      if (!textLoads.has(stem)) {
        textLoads.set(stem, new Promise(function (resolve) {
          var script = document.createElement("script");
          script.src = base + "../" + stem + ".text.js";
          script.onload = resolve;
          script.onerror = resolve;  // an older page without its text: the stored excerpt
          document.head.appendChild(script);
        }));
      }
      return textLoads.get(stem);
    }));
  }

  /* The words around the first match of the query (else of its longest part), with how
     often it occurs; null when the text does not hold it. */
  function around(text, query, tokens) {
    var lower = text.toLowerCase();
    var candidates = parts(query).concat(tokens.slice().sort(function (a, b) {
      return b.length - a.length;
    }));
    for (var i = 0; i < candidates.length; i++) {
      var word = candidates[i];
      var at = lower.indexOf(word);
      if (at < 0) { continue; }
      var count = lower.split(word).length - 1;
      var start = Math.max(0, at - CONTEXT_BEFORE);
      var end = Math.min(text.length, at + word.length + CONTEXT_AFTER);
      var cut = text.slice(start, end).replace(/\s+/g, " ");
      return { text: (start > 0 ? "…" : "") + cut + (end < text.length ? "…" : ""),
               count: count };
    }
    return null;
  }

  function parts(query) {
    return query.toLowerCase().split(SEPARATORS).filter(Boolean);
  }

  function shardOf(word) {
    return word.codePointAt(0) % index.shards;
  }

  /* Load (once) the shards holding the words that start with the query's characters. */
  function loadFor(query) {
    var needed = new Set();
    parts(query).forEach(function (part) {
      Array.from(part).forEach(function (c) { needed.add(shardOf(c)); });
    });
    return Promise.all(Array.from(needed).map(function (number) {
      if (!shards.has(number)) {
        shards.set(number, new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = base + "search-terms-" + number + ".js";
          script.onload = resolve;
          script.onerror = function () { reject(new Error("cannot load " + script.src)); };
          document.head.appendChild(script);
        }));
      }
      return shards.get(number);
    }));
  }

  function segment(query) {
    var tokens = [];
    parts(query).forEach(function (part) {
      var chars = Array.from(part);
      var i = 0;
      while (i < chars.length) {
        var word = chars[i];
        for (var len = Math.min(index.maxLen, chars.length - i); len > 1; len--) {
          var candidate = chars.slice(i, i + len).join("");
          if (terms.has(candidate)) {
            word = candidate;
            break;
          }
        }
        tokens.push(word);
        i += Array.from(word).length;
      }
      for (var j = 0; j + 1 < chars.length; j++) {  // its parts must stand side by side
        var pair = chars[j] + chars[j + 1];
        if (tokens.indexOf(pair) < 0) { tokens.push(pair); }
      }
    });
    return tokens;
  }

  function rank(tokens) {
    if (!tokens.length) { return []; }
    var scores = null;
    tokens.forEach(function (token) {
      var next = new Map();
      (terms.get(token) || []).forEach(function (posting) {
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
    return hits;
  }

  /* The documents holding the query, best first: a promise of {tokens, hits}. */
  function search(query) {
    return loadFor(query).then(function () {
      var tokens = segment(query);
      return { tokens: tokens, hits: rank(tokens) };
    });
  }

  /* The text with the query marked: whole query parts where they occur as typed,
     else the words the query was cut into (single characters only as a last resort). */
  function highlighted(text, query, tokens) {
    var fragment = document.createDocumentFragment();
    var words = parts(query).concat(tokens.filter(function (t) {
      return Array.from(t).length > 1;
    }));
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

  function render(query, result) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
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
      var page = texts.get(stemOf(doc[0]));
      var text = page && page.texts[doc[0]];
      var found = text ? around(text, query, result.tokens) : null;
      excerpt.appendChild(highlighted(found ? found.text : doc[3], query, result.tokens));
      item.append(link, where, excerpt);
      if (found && found.count > 1) {
        var count = document.createElement("span");
        count.className = "result-count";
        count.textContent = "文中 " + found.count + " 处";
        where.append(" · ", count);
      }
      if (page && page.facsimile) {
        var id = doc[0].indexOf("#") >= 0 ? doc[0].split("#")[1]
          : doc[0].replace(/^.*\//, "").replace(/\.html$/, "");
        var onPage = document.createElement("a");
        onPage.className = "result-on-page";
        onPage.href = stemOf(doc[0]) + ".html#hs-" + id;
        onPage.textContent = "在版面上标出";
        item.appendChild(onPage);
      }
      list.appendChild(item);
    });
  }

  /* Show the results of a query; the status element's data-query says which query the
     page shows, once it is shown (tests and scripts can wait for it). */
  function show(query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    list.replaceChildren();
    status.removeAttribute("data-query");
    query = query.trim();
    var done = function () { status.setAttribute("data-query", query); };
    if (!index) { status.textContent = "搜索索引未能加载。"; done(); return; }
    if (!parts(query).length) { status.textContent = ""; done(); return; }
    status.textContent = "正在搜索……";
    search(query).then(function (result) {
      return loadTexts(result.hits).then(function () { return result; });
    }).then(function (result) {
      if (input.value.trim() === query) { render(query, result); }
    }, function () {
      status.textContent = "搜索索引未能加载。";
    }).then(done);
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

/*
 * The search page, /tim-kiem/: reads the index bantin writes into tim-kiem/chi-muc/ (the format is
 * described in Sources/BantinKit/Search/SearchIndex+Files.swift) and shows the results.
 * Plain JavaScript, no framework, nothing from other sites. Every text from the index goes into the
 * page as text nodes, never as HTML.
 */
(function () {
  "use strict";

  var page = document.querySelector(".search-page");
  if (!page || !window.fetch || !window.Promise) return;

  var form = page.querySelector(".search-form");
  var input = page.querySelector(".search-input");
  var categorySelect = page.querySelector(".search-category");
  var yearSelect = page.querySelector(".search-year");
  var status = page.querySelector(".search-status");
  var list = page.querySelector(".search-results");
  var moreButton = page.querySelector(".search-more");
  var manifestURL = page.getAttribute("data-index");
  var folder = manifestURL.slice(0, manifestURL.lastIndexOf("/") + 1);
  var pageSize = 10;

  /* ---- Syllables: the same rules as SearchTokenizer.swift, scalar for scalar. ---- */

  var TONES = { "\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5 };
  var NONSPACING_MARK = /\p{Mn}/u;

  /* A lowercase letter or digit, "" for a mark or apostrophe (inside a word), null for a separator. */
  function fold(ch) {
    var c = ch.codePointAt(0);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return ch;
    if (c >= 0x41 && c <= 0x5a) return ch.toLowerCase();
    if (c === 0x110 || c === 0x111) return "d";
    if (c === 0x27 || c === 0x2019 || c === 0x2bc) return "";
    if (c >= 0x300 && c <= 0x36f) return "";
    if (c < 0x80) return null;
    return NONSPACING_MARK.test(ch) ? "" : null;
  }

  function isDigit(ch) { return ch >= "0" && ch <= "9"; }

  /*
   * The syllables of `text`: folded ("dang"), spelling ("đang3": lowercase, tone mark set apart as a
   * digit), whether only spaces separate it from the one before, and where it is in `text` (UTF-16
   * offsets, for highlighting). Each character is decomposed on its own so offsets stay in `text`.
   */
  function tokenize(text) {
    var tokens = [];
    var folded = "", spelling = "", tone = 0, start = 0, end = 0, gapIsSpaces = false;
    var units = [];  // [scalar, offset of its character in text, end offset]
    for (var offset = 0; offset < text.length;) {
      var ch = String.fromCodePoint(text.codePointAt(offset));
      var next = offset + ch.length;
      var parts = Array.from(ch.normalize("NFD"));
      for (var p = 0; p < parts.length; p++) units.push([parts[p], offset, next]);
      offset = next;
    }
    function finish() {
      if (!folded) return;
      tokens.push({
        folded: folded, spelling: spelling + (tone ? String(tone) : ""),
        joinsPrevious: gapIsSpaces && tokens.length > 0, start: start, end: end
      });
      folded = ""; spelling = ""; tone = 0; gapIsSpaces = true;
    }
    for (var i = 0; i < units.length; i++) {
      var scalar = units[i][0];
      var f = fold(scalar);
      if (f) {
        if (!folded) start = units[i][1];
        folded += f;
        spelling += f === "d" && scalar !== "d" && scalar !== "D" ? "\u0111" : f;
        end = units[i][2];
      } else if (f === "") {
        if (!folded) continue;
        if (TONES[scalar]) tone = TONES[scalar];
        else if (NONSPACING_MARK.test(scalar)) spelling += scalar;
        end = units[i][2];
      } else {
        var after = i + 1 < units.length ? fold(units[i + 1][0]) : null;
        if (folded && isDigit(folded[folded.length - 1]) && (scalar === "." || scalar === ",") && after && isDigit(after)) {
          folded += scalar; spelling += scalar; end = units[i][2];
          continue;
        }
        finish();
        if (!(scalar === " " || scalar === "\t" || scalar === "\u00a0")) gapIsSpaces = false;
      }
    }
    finish();
    return tokens;
  }

  /* ---- The query: syllables, the pairs that make its phrases, and phrases in quotes. ---- */

  function parseQuery(text) {
    var tokens = tokenize(text);
    var quoted = [];
    var pattern = /["\u201c\u201d]([^"\u201c\u201d]+)["\u201c\u201d]/g, match;
    while ((match = pattern.exec(text))) quoted.push(tokenize(match[1]));
    return { tokens: tokens, pairs: pairsOf(tokens), quoted: quoted };
  }

  function pairsOf(tokens) {
    var pairs = [];
    for (var i = 1; i < tokens.length; i++) {
      if (tokens[i].joinsPrevious) pairs.push(tokens[i - 1].folded + " " + tokens[i].folded);
    }
    return pairs;
  }

  /* ---- The index files, each fetched once. ---- */

  var cache = {};
  var manifest = null;

  function load(name, version) {
    var url = folder + name + (version ? "?v=" + version : "");
    if (!cache[url]) {
      cache[url] = fetch(url, version ? {} : { cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.json();
      });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  function loadManifest() {
    return manifest ? Promise.resolve(manifest) : load("muc-luc.json").then(function (data) { manifest = data; return data; });
  }

  /* The term file that holds `term`: the last one whose first term is not after it. */
  function chunkOf(term) {
    var low = 0, high = manifest.chunks.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (manifest.chunks[middle] <= term) low = middle; else high = middle - 1;
    }
    return low;
  }

  function lookUp(term) {
    if (!manifest.chunks.length) return Promise.resolve(undefined);
    return load("tu-" + chunkOf(term) + ".json", manifest.version).then(function (chunk) {
      return Object.prototype.hasOwnProperty.call(chunk, term) ? chunk[term] : undefined;
    });
  }

  /* "4,5,a" with `flagBits` → [[id, flags], …]. */
  function decode(postings, flagBits) {
    var out = [];
    if (!postings) return out;
    var id = 0, parts = postings.split(",");
    for (var i = 0; i < parts.length; i++) {
      var value = parseInt(parts[i], 36);
      id += value >> flagBits;
      out.push([id, value & ((1 << flagBits) - 1)]);
    }
    return out;
  }

  /* ---- Searching. ---- */

  function search(query, filters) {
    var syllables = [], seen = {};
    query.tokens.forEach(function (token) {
      if (seen[token.folded]) {
        if (token.spelling !== token.folded) seen[token.folded].spellings[token.spelling] = true;
        return;
      }
      var entry = { folded: token.folded, spellings: {}, toned: false };
      if (token.spelling !== token.folded) { entry.spellings[token.spelling] = true; entry.toned = true; }
      seen[token.folded] = entry;
      syllables.push(entry);
    });
    var pairs = unique(query.pairs.concat(query.quoted.reduce(function (all, tokens) { return all.concat(pairsOf(tokens)); }, [])));
    var category = filters.category ? manifest.categories.findIndex(function (c) { return c[1] === filters.category; }) : -1;
    var year = filters.year ? manifest.years.find(function (y) { return String(y[0]) === filters.year; }) : null;

    return Promise.all([
      Promise.all(syllables.map(function (s) { return lookUp(s.folded); })),
      Promise.all(pairs.map(lookUp)),
      category >= 0 ? load("chuyen-muc-" + category + ".json", manifest.version) : Promise.resolve(null)
    ]).then(function (found) {
      var total = manifest.documents;
      var docs = {};  // id → { matched, relevance, exact, pairs, titlePairs }
      syllables.forEach(function (syllable, index) {
        var entry = found[0][index] || {};
        var hits = {};
        Object.keys(entry).forEach(function (spelling) {
          var exact = syllable.toned && syllable.spellings[spelling];
          decode(entry[spelling], 2).forEach(function (posting) {
            var hit = hits[posting[0]] || (hits[posting[0]] = { flags: 0, exact: false });
            hit.flags |= posting[1];
            hit.exact = hit.exact || !!exact;
          });
        });
        var ids = Object.keys(hits);
        var weight = Math.log(1 + total / Math.max(1, ids.length));
        ids.forEach(function (id) {
          var hit = hits[id];
          var doc = docs[id] || (docs[id] = { id: +id, matched: 0, relevance: 0, exact: 0, pairs: 0, titlePairs: 0, pairSet: {} });
          doc.matched += 1;
          doc.relevance += weight * (hit.flags & 1 ? 3 : 1) * (hit.flags & 2 ? 1.5 : 1);
          if (hit.exact) doc.exact += 1;
        });
      });
      pairs.forEach(function (pair, index) {
        decode(found[1][index], 1).forEach(function (posting) {
          var doc = docs[posting[0]];
          if (!doc) return;
          doc.pairs += 1;
          doc.pairSet[pair] = true;
          if (posting[1]) doc.titlePairs += 1;
        });
      });
      var members = null;
      if (found[2] !== null) {
        members = {};
        decode(found[2], 0).forEach(function (posting) { members[posting[0]] = true; });
      }
      var candidates = Object.keys(docs).map(function (id) { return docs[id]; }).filter(function (doc) {
        if (members && !members[doc.id]) return false;
        if (year && (doc.id < year[1] || doc.id > year[2])) return false;
        return query.quoted.every(function (tokens) {
          return pairsOf(tokens).every(function (pair) { return doc.pairSet[pair]; });
        });
      });
      var complete = candidates.filter(function (doc) { return doc.matched === syllables.length; });
      var partial = complete.length === 0 && syllables.length > 1;
      var results = partial ? candidates : complete;
      var queryPairs = query.pairs.length;
      results.forEach(function (doc) {
        // Whole phrases first, then the reader's exact tone marks, then how well the words fit
        // (title above text); newer articles win ties, pages come after articles.
        doc.score = (partial ? doc.matched * 1e6 : 0)
          + (queryPairs && doc.pairs >= queryPairs ? 1e4 : doc.pairs * 1e3)
          + doc.titlePairs * 500 + doc.exact * 200 + doc.relevance;
        doc.age = doc.id < manifest.articles ? doc.id : -1;
      });
      results.sort(function (a, b) { return b.score - a.score || b.age - a.age; });
      return { results: results, partial: partial };
    });
  }

  function unique(values) {
    return values.filter(function (value, index) { return values.indexOf(value) === index; });
  }

  /* ---- Showing the results. ---- */

  function metadata(ids) {
    return Promise.all(ids.map(function (id) {
      return load("bai-" + Math.floor(id / manifest.metaSize) + ".json", manifest.version).then(function (rows) {
        return rows[id % manifest.metaSize];
      });
    }));
  }

  /* `text` as nodes, with the syllables whose folded form the query has inside <mark>. */
  function highlighted(text, wanted) {
    var fragment = document.createDocumentFragment();
    var position = 0;
    tokenize(text).forEach(function (token) {
      if (!wanted[token.folded]) return;
      if (token.start > position) fragment.appendChild(document.createTextNode(text.slice(position, token.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(token.start, token.end);
      fragment.appendChild(mark);
      position = token.end;
    });
    if (position < text.length) fragment.appendChild(document.createTextNode(text.slice(position)));
    return fragment;
  }

  /* About 200 characters of the excerpt, from a little before its first matched syllable. */
  function snippet(text, wanted) {
    var first = tokenize(text).find(function (token) { return wanted[token.folded]; });
    if (!first || first.start < 80) return text.length > 220 ? cut(text, 0) : text;
    return cut(text, text.lastIndexOf(" ", first.start - 40) + 1);
  }

  function cut(text, start) {
    var end = text.indexOf(" ", start + 200);
    var body = text.slice(start, end < 0 ? text.length : end);
    return (start > 0 ? "… " : "") + body + (end < 0 ? "" : " …");
  }

  function resultItem(row, wanted) {
    var item = document.createElement("li");
    item.className = "search-result";
    var heading = document.createElement("h2");
    heading.className = "search-result-title";
    var link = document.createElement("a");
    link.href = row[1];
    link.appendChild(highlighted(row[0], wanted));
    heading.appendChild(link);
    item.appendChild(heading);
    var details = [];
    if (row[2] >= 0 && manifest.categories[row[2]]) details.push(manifest.categories[row[2]][0]);
    if (row[3]) details.push(row[3]);
    if (details.length) {
      var meta = document.createElement("p");
      meta.className = "search-result-meta";
      meta.textContent = details.join(" · ");
      item.appendChild(meta);
    }
    if (row[4]) {
      var text = document.createElement("p");
      text.className = "search-result-snippet";
      text.appendChild(highlighted(snippet(row[4], wanted), wanted));
      item.appendChild(text);
    }
    return item;
  }

  /* ---- The page: the box, the filters, the address bar. ---- */

  var current = null;   // { results, wanted, shown }
  var generation = 0;
  var started = 0;

  function filters() {
    return { category: categorySelect ? categorySelect.value : "", year: yearSelect ? yearSelect.value : "" };
  }

  function say(message) { status.textContent = message; }

  function run() {
    var text = input.value.trim();
    var mine = ++generation;
    started = performance.now();
    page.setAttribute("data-search-state", "busy");
    if (!text) {
      list.textContent = "";
      moreButton.hidden = true;
      say("");
      finished(mine);
      return;
    }
    var query = parseQuery(text);
    if (!query.tokens.length) {
      list.textContent = "";
      moreButton.hidden = true;
      say("Hãy gõ ít nhất một chữ hoặc một số.");
      finished(mine);
      return;
    }
    loadManifest().then(function () {
      return search(query, filters());
    }).then(function (outcome) {
      if (mine !== generation) return;
      var wanted = {};
      query.tokens.forEach(function (token) { wanted[token.folded] = true; });
      current = { results: outcome.results, wanted: wanted, shown: 0 };
      list.textContent = "";
      return showMore(mine).then(function () {
        if (mine !== generation) return;
        var count = outcome.results.length;
        if (!count) {
          say("Không tìm thấy bài nào với “" + text + "”. Hãy thử bớt từ, kiểm tra chính tả hoặc bỏ bộ lọc.");
        } else if (outcome.partial) {
          say("Không có bài nào chứa đủ các từ “" + text + "”; " + count + " bài chứa một phần các từ đó.");
        } else {
          say("Tìm thấy " + count + " bài với “" + text + "”.");
        }
        finished(mine);
      });
    }).catch(function () {
      if (mine !== generation) return;
      say("Không tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.");
      finished(mine);
    });
  }

  /* Marks the end of a search for the browser checks and the benchmark. */
  function finished(mine) {
    if (mine !== generation) return;
    page.setAttribute("data-search-ms", String(Math.round(performance.now() - started)));
    page.setAttribute("data-search-count", String(Number(page.getAttribute("data-search-count") || 0) + 1));
    page.setAttribute("data-search-state", "done");
  }

  function showMore(mine) {
    var batch = current.results.slice(current.shown, current.shown + pageSize);
    return metadata(batch.map(function (doc) { return doc.id; })).then(function (rows) {
      if (mine !== generation) return;
      rows.forEach(function (row) { if (row) list.appendChild(resultItem(row, current.wanted)); });
      current.shown += batch.length;
      moreButton.hidden = current.shown >= current.results.length;
    });
  }

  /* The address that shows this search: /tim-kiem/?q=…&chuyen-muc=…&nam=… */
  function addressFor() {
    var params = new URLSearchParams();
    var chosen = filters();
    if (input.value.trim()) params.set("q", input.value.trim());
    if (chosen.category) params.set("chuyen-muc", chosen.category);
    if (chosen.year) params.set("nam", chosen.year);
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  function remember(push) {
    var address = addressFor();
    if (address === location.pathname + location.search) return;
    if (push) history.pushState(null, "", address); else history.replaceState(null, "", address);
  }

  function restore() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    if (categorySelect) categorySelect.value = params.get("chuyen-muc") || "";
    if (yearSelect) yearSelect.value = params.get("nam") || "";
    run();
  }

  var timer = 0;
  var typedSinceSaved = false;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      // The first change after a saved search gets its own history entry; later keystrokes replace it.
      remember(!typedSinceSaved);
      typedSinceSaved = true;
      run();
    }, 60);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    typedSinceSaved = false;
    remember(false);
    run();
  });
  [categorySelect, yearSelect].forEach(function (select) {
    if (!select) return;
    select.addEventListener("change", function () {
      typedSinceSaved = false;
      remember(true);
      run();
    });
  });
  moreButton.addEventListener("click", function () {
    var first = current.shown;
    showMore(generation).then(function () {
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();
    });
  });
  window.addEventListener("popstate", function () {
    typedSinceSaved = false;
    restore();
  });

  form.hidden = false;
  restore();
  if (!input.value) input.focus();
})();

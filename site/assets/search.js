/*
 * Offline search. The index (assets/search-index.js) is loaded with a <script> element the first time the
 * reader uses the box, so it works from file:// where fetch() cannot. Ranking: a word in the title counts more
 * than one in a heading, which counts more than one in the summary or text; the words of the messages a guide
 * embeds count as its text, and lead to the message. Words match by their beginning,
 * ignoring case and accents; every word of the query must match somewhere in the guide.
 */
(function () {
  'use strict';
  var WEIGHT = { title: 10, heading: 5, summary: 3, text: 1 };
  var MAX_RESULTS = 8;

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function prepare(index) {
    return index.map(function (guide) {
      return {
        guide: guide,
        title: words(guide.t),
        summary: words(guide.s),
        sections: guide.h.map(function (s) {
          // a message's section (marked by a fourth item): its title is shown, but counts as text
          var message = s.length > 3;
          return {
            id: s[0], heading: s[1], text: s[2], message: message,
            headingWords: message ? [] : words(s[1]), textWords: words(message ? s[1] + ' ' + s[2] : s[2])
          };
        })
      };
    });
  }

  function hasPrefix(list, term) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].lastIndexOf(term, 0) === 0) {
        return true;
      }
    }
    return false;
  }

  /* Scores one guide; null when a term matches nowhere. Remembers the best section to link to. */
  function score(entry, terms) {
    var total = 0;
    var best = null;
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t];
      var found = 0;
      if (hasPrefix(entry.title, term)) {
        found = WEIGHT.title;
      }
      for (var s = 0; s < entry.sections.length; s++) {
        var section = entry.sections[s];
        var points = hasPrefix(section.headingWords, term) ? WEIGHT.heading
          : hasPrefix(section.textWords, term) ? WEIGHT.text : 0;
        // a word of the guide's title leads to the guide, not to a message that also has it
        var leads = !(section.message && found === WEIGHT.title);
        if (points && leads && (!best || points > best.points)) {
          best = { section: section, points: points, term: term };
        }
        found = Math.max(found, points);
      }
      if (!found && hasPrefix(entry.summary, term)) {
        found = WEIGHT.summary;
      }
      if (!found) {
        return null;
      }
      total += found;
    }
    return { entry: entry, score: total, best: best };
  }

  function search(prepared, query) {
    var terms = words(query);
    if (!terms.length) {
      return [];
    }
    var results = [];
    prepared.forEach(function (entry) {
      var result = score(entry, terms);
      if (result) {
        results.push(result);
      }
    });
    results.sort(function (a, b) {
      return b.score - a.score || (a.entry.guide.t < b.entry.guide.t ? -1 : a.entry.guide.t > b.entry.guide.t ? 1 : 0);
    });
    return results.slice(0, MAX_RESULTS).map(function (r) {
      r.terms = terms;
      return r;
    });
  }

  /* The sentence of the text where the term first appears, as parts: {text, match}. */
  function snippet(text, terms) {
    var folded = fold(text);
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) {
      var re = new RegExp('(^|[^\\p{L}\\p{N}])' + terms[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u');
      var m = re.exec(folded);
      if (m) {
        at = m.index + m[1].length;
      }
    }
    if (at < 0) {
      return [{ text: text.slice(0, 160), match: false }];
    }
    var start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('? ', at) + 2, 0);
    var endDot = text.indexOf('. ', at);
    var end = endDot < 0 ? text.length : endDot + 1;
    if (end - start > 220) {
      start = Math.max(start, at - 80);
      end = Math.min(end, at + 140);
    }
    var sentence = text.slice(start, end);
    var foldedSentence = folded.slice(start, end);
    var parts = [];
    var pos = 0;
    var pattern = new RegExp('(^|[^\\p{L}\\p{N}])(' + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('|') + ')[\\p{L}\\p{N}]*', 'gu');
    var match;
    while ((match = pattern.exec(foldedSentence)) !== null) {
      var from = match.index + match[1].length;
      var to = match.index + match[0].length;
      if (from > pos) {
        parts.push({ text: sentence.slice(pos, from), match: false });
      }
      parts.push({ text: sentence.slice(from, to), match: true });
      pos = to;
    }
    parts.push({ text: sentence.slice(pos), match: false });
    return parts;
  }

  function append(parent, tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined) {
      element.textContent = text;
    }
    if (className) {
      element.className = className;
    }
    parent.appendChild(element);
    return element;
  }

  function show(box, list, results, root, query) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (!query.trim()) {
      return;
    }
    if (!results.length) {
      append(list, 'p', 'No guide matches "' + query.trim() + '". Try fewer or shorter words.', 'search-none');
      return;
    }
    append(list, 'p', results.length + (results.length === 1 ? ' guide found' : ' guides found'), 'search-count');
    var ol = append(list, 'ol');
    results.forEach(function (result) {
      var li = append(ol, 'li');
      var link = append(li, 'a', result.entry.guide.t);
      var section = result.best && result.best.section;
      link.href = root + result.entry.guide.u + (section && section.id ? '#' + section.id : '');
      if (section && section.heading) {
        append(li, 'span', section.heading, 'search-section');
      }
      var p = append(li, 'p', undefined, 'search-snippet');
      var text = section ? (result.best.points === WEIGHT.heading ? section.heading + ': ' + section.text : section.text)
        : result.entry.guide.s;
      snippet(text, result.terms).forEach(function (part) {
        if (part.match) {
          append(p, 'mark', part.text);
        } else {
          p.appendChild(document.createTextNode(part.text));
        }
      });
    });
  }

  function start() {
    var form = document.querySelector('[data-search]');
    if (!form) {
      return;
    }
    var box = form.querySelector('input');
    var list = form.querySelector('.search-results');
    var root = form.getAttribute('data-root') || '';
    var prepared = null;
    var loading = false;

    function run() {
      if (prepared) {
        show(box, list, search(prepared, box.value), root, box.value);
      }
    }

    function load() {
      if (prepared || loading) {
        return;
      }
      if (window.HANDBOOK_SEARCH) {
        prepared = prepare(window.HANDBOOK_SEARCH);
        return;
      }
      loading = true;
      var script = document.createElement('script');
      script.src = root + 'assets/search-index.js';
      script.onload = function () {
        prepared = prepare(window.HANDBOOK_SEARCH || []);
        run();
      };
      document.head.appendChild(script);
    }

    form.hidden = false;
    var hint = document.querySelector('[data-search-hint]');
    if (hint) {
      hint.hidden = false;
    }
    box.addEventListener('focus', load);
    box.addEventListener('input', function () {
      load();
      run();
    });
    form.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var index = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && links.length) {
        event.preventDefault();
        links[Math.min(index + 1, links.length - 1)].focus();
      } else if (event.key === 'ArrowUp' && links.length) {
        event.preventDefault();
        if (index <= 0) {
          box.focus();
        } else {
          links[index - 1].focus();
        }
      } else if (event.key === 'Enter' && document.activeElement === box && links.length) {
        event.preventDefault();
        links[0].click();
      } else if (event.key === 'Escape') {
        box.value = '';
        run();
        box.focus();
      }
    });
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        box.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

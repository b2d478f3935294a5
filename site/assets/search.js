/*
 * Offline search. The index is split into small scripts under assets/search/, loaded with <script> elements
 * (so it works from file://, where fetch() cannot) only when a query needs them: the parts of the word index that
 * hold the query's words (words.js, then w-<prefix>.js by the words' first letters), then the files of the guides
 * shown (g-<number>.js). Ranking: a word in the title counts more than one in a heading, then the summary, then
 * the text; the words of the messages a guide embeds count as its text, and lead to the message. Guides that
 * match equally well are shown by title. Words match by their beginning, ignoring case and accents; every word of
 * the query must match somewhere in the guide. What is typed never leaves the page.
 */
(function () {
  'use strict';
  var WEIGHT = { title: 10, heading: 5, summary: 3, text: 1 };
  /* the weight of each place a word can have in a guide, as the index numbers them */
  var PLACES = [WEIGHT.title, WEIGHT.heading, WEIGHT.summary, WEIGHT.text];
  var MAX_RESULTS = 8;
  /* how long the reader stops typing before the guides found are loaded, in milliseconds */
  var PAUSE = 200;

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /* Loads the index's files once each; a file hands its data to HANDBOOK_SEARCH_PART as it runs. */
  function Parts(root) {
    var parts = {};
    window.HANDBOOK_SEARCH_PART = function (data) {
      var script = document.currentScript;
      var part = script && parts[script.getAttribute('data-part')];
      if (part) {
        part.data = data;
      }
    };
    this.has = function (name) {
      return Boolean(parts[name] && !parts[name].waiting);
    };
    this.load = function (name, done) {
      var part = parts[name];
      if (part && part.waiting) {
        part.waiting.push(done);
        return;
      }
      if (part) {
        done(part.data);
        return;
      }
      part = parts[name] = { data: null, waiting: [done] };
      var script = document.createElement('script');
      script.src = root + 'assets/search/' + name + '.js';
      script.setAttribute('data-part', name);
      // a file that is missing or broken finds nothing
      script.onload = script.onerror = function () {
        var waiting = part.waiting;
        part.waiting = null;
        waiting.forEach(function (callback) {
          callback(part.data);
        });
      };
      document.head.appendChild(script);
    };
  }

  /* The name of the word index's part for a prefix, as the builder names it. */
  function partName(letters) {
    if (!letters.length) {
      return 'words';
    }
    return 'w-' + letters.map(function (letter) {
      return /^[a-z0-9]$/.test(letter) ? letter : '_' + letter.codePointAt(0).toString(16) + '_';
    }).join('');
  }

  /* Adds a word's guides to weights (one a guide), keeping the highest weight each guide has. */
  function addGuides(encoded, weights) {
    var i;
    if (typeof encoded === 'string') {
      for (i = 0; i < encoded.length; i++) {
        var pair = encoded.charCodeAt(i) - 65;
        var first = Math.floor(pair / 5);
        var second = pair % 5;
        if (first) {
          weights[2 * i] = Math.max(weights[2 * i], PLACES[first - 1]);
        }
        if (second) {
          weights[2 * i + 1] = Math.max(weights[2 * i + 1], PLACES[second - 1]);
        }
      }
      return;
    }
    var guide = 0;
    for (i = 0; i < encoded.length; i++) {
      guide += Math.floor(encoded[i] / 4);
      weights[guide] = Math.max(weights[guide], PLACES[encoded[i] % 4]);
    }
  }

  /* Finds the guides that have a word starting with term: done(count of guides, weights by guide number). */
  function guidesWith(parts, term, done) {
    var letters = Array.from(term);
    parts.load('words', function (root) {
      var count = root ? root.n : 0;
      var weights = new Uint8Array(count + 1);
      function at(depth, part) {
        if (!part) {
          done(count, weights);
        } else if (part.w) {
          Object.keys(part.w).forEach(function (word) {
            if (word.lastIndexOf(term, 0) === 0) {
              addGuides(part.w[word], weights);
            }
          });
          done(count, weights);
        } else if (depth === letters.length) {
          addGuides(part.u, weights);
          done(count, weights);
        } else if (part.k.indexOf(letters[depth]) < 0) {
          done(count, weights);
        } else {
          parts.load(partName(letters.slice(0, depth + 1)), function (next) {
            at(depth + 1, next);
          });
        }
      }
      at(0, root);
    });
  }

  /* Ranks the guides that have every term: done({count, numbers}) with the best MAX_RESULTS by number. */
  function rank(parts, terms, done) {
    var found = [];
    var left = terms.length;
    var count = 0;
    terms.forEach(function (term, t) {
      guidesWith(parts, term, function (guides, weights) {
        count = guides;
        found[t] = weights;
        if (--left) {
          return;
        }
        var matches = [];
        for (var g = 0; g < count; g++) {
          var total = 0;
          for (var i = 0; i < found.length && total >= 0; i++) {
            total = found[i][g] ? total + found[i][g] : -1;
          }
          if (total > 0) {
            matches.push({ number: g, score: total });
          }
        }
        matches.sort(function (a, b) {
          return b.score - a.score || a.number - b.number;
        });
        done({ count: matches.length, numbers: matches.slice(0, MAX_RESULTS).map(function (m) {
          return m.number;
        }) });
      });
    });
  }

  function prepare(guide) {
    return {
      guide: guide,
      title: words(guide.t),
      sections: guide.h.map(function (s) {
        // a message's section (marked by a fourth item): its title is shown, but counts as text
        var message = s.length > 3;
        return {
          id: s[0], heading: s[1], text: s[2], message: message,
          headingWords: message ? [] : words(s[1]), textWords: words(message ? s[1] + ' ' + s[2] : s[2])
        };
      })
    };
  }

  function hasPrefix(list, term) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].lastIndexOf(term, 0) === 0) {
        return true;
      }
    }
    return false;
  }

  /* The section of a guide to lead to for the terms, and the weight that it matched with; null for the top. */
  function bestSection(entry, terms) {
    var best = null;
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t];
      var inTitle = hasPrefix(entry.title, term);
      for (var s = 0; s < entry.sections.length; s++) {
        var section = entry.sections[s];
        var points = hasPrefix(section.headingWords, term) ? WEIGHT.heading
          : hasPrefix(section.textWords, term) ? WEIGHT.text : 0;
        // a word of the guide's title leads to the guide, not to a message that also has it
        if (points && !(section.message && inTitle) && (!best || points > best.points)) {
          best = { section: section, points: points };
        }
      }
    }
    return best;
  }

  /* Loads the guides found and makes the results: {entry, best} for each, in order. */
  function results(parts, found, terms, done) {
    var loaded = [];
    var left = found.numbers.length;
    if (!left) {
      done([]);
    }
    found.numbers.forEach(function (number, i) {
      parts.load('g-' + number, function (guide) {
        loaded[i] = guide;
        if (--left) {
          return;
        }
        done(loaded.filter(Boolean).map(function (g) {
          var entry = prepare(g);
          return { entry: entry, best: bestSection(entry, terms), terms: terms };
        }));
      });
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

  function show(list, count, results, root, query) {
    list.removeAttribute('aria-busy');
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
    append(list, 'p', count + (count === 1 ? ' guide found' : ' guides found')
      + (count > results.length ? ', the best ' + results.length + ' shown' : ''), 'search-count');
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
    var parts = new Parts(root);
    var asked = 0;
    var typed = 0;

    /*
     * Searches for what the box holds; an answer that comes after the reader typed on is dropped. The parts of the
     * word index load at once (each is on the way to the longer words the reader is typing), but the files of the
     * guides to show wait until the reader pauses, so that typing a word does not load the results of every prefix.
     */
    function run() {
      var query = box.value;
      var terms = words(query);
      var ticket = ++asked;
      typed = Date.now();
      // busy until the answer to this query is shown
      list.setAttribute('aria-busy', 'true');
      if (!terms.length) {
        show(list, 0, [], root, query);
        return;
      }
      rank(parts, terms, function (found) {
        function showFound() {
          if (ticket === asked) {
            results(parts, found, terms, function (shown) {
              if (ticket === asked) {
                show(list, found.count, shown, root, query);
              }
            });
          }
        }
        var loaded = found.numbers.every(function (number) {
          return parts.has('g-' + number);
        });
        if (loaded) {
          showFound();
        } else {
          setTimeout(showFound, Math.max(0, typed + PAUSE - Date.now()));
        }
      });
    }

    function load() {
      parts.load('words', function () {});
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

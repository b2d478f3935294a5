/*
 * The message filler. Each <section class="filler"> carries its template as JSON; this script shows a form,
 * renders the message as the reader types, and offers copy, email, download and print.
 *
 * When the reader asks, the details about them (boxes marked data-keep: their name, email, phone, profile) are
 * kept on the device, and nothing else; typed once, a value fills every template on the page.
 *
 * Rules it shares with the builder's reference renderer (dev.handbook.message.MessageTemplate):
 * a value is trimmed of spaces, tabs and line breaks at either end and its line endings become LF; an empty
 * value leaves the placeholder as written; in the subject, line breaks in a value become spaces; a choice's
 * text, when not empty, is wrapped in its prefix and suffix.
 *
 * Each box keeps at most its maxlength in characters, so that every keystroke stays quick whatever is pasted;
 * the box's count line says how many are left near the end, and a paste that did not fit is announced.
 *
 * What the reader types is only ever set as text (textContent, value), never as HTML. Nothing is sent
 * anywhere: the script makes no network request, and the page's Content-Security-Policy forbids them.
 */
(function () {
  'use strict';

  var STORE_KEY = 'handbook-filler-details';
  var MAILTO_LIMIT = 2000;
  var values = {};
  var fillers = [];

  /* The most characters a box keeps: its maxlength. */
  function limitOf(input) {
    return input.maxLength > 0 ? input.maxLength : Infinity;
  }

  /* A value cut to a limit without splitting a character written as two UTF-16 units. */
  function fit(value, limit) {
    if (value.length <= limit) {
      return value;
    }
    var cut = value.slice(0, limit);
    var last = cut.charCodeAt(cut.length - 1);
    return last >= 0xD800 && last <= 0xDBFF ? cut.slice(0, -1) : cut;
  }

  /* Shows a box's value, cut to what it keeps, and brings its count line up to date. */
  function setInput(input, value) {
    input.value = fit(value, limitOf(input));
    count(input);
  }

  /* The count line under a box: how many characters are left, shown once a fifth of the room is left. */
  function count(input) {
    var line = input.parentNode.querySelector('.filler-count');
    var limit = limitOf(input);
    if (!line || limit === Infinity) {
      return;
    }
    var left = limit - input.value.length;
    var near = left <= limit / 5;
    var most = limit.toLocaleString('en');
    line.classList.toggle('is-near', near);
    if (left <= 0) {
      line.textContent = 'This box is full: it keeps up to ' + most + ' characters.';
    } else if (near) {
      line.textContent = left.toLocaleString('en') + (left === 1 ? ' character' : ' characters') + ' left, of ' + most + '.';
    } else {
      line.textContent = 'Up to ' + most + ' characters.';
    }
  }

  function normalise(value) {
    return String(value).replace(/\r\n?/g, '\n').replace(/^[ \t\n\f\u000B]+|[ \t\n\f\u000B]+$/g, '');
  }

  /* Renders segments to parts: {text, placeholder}. */
  function parts(segments, filler, oneLine, out) {
    segments.forEach(function (segment) {
      var kind = segment[0];
      if (kind === 't') {
        out.push({ text: segment[1], placeholder: false });
      } else if (kind === 'f') {
        var value = normalise(fit(values[segment[1]] || '', filler.limits[segment[1]] || Infinity));
        if (oneLine) {
          value = value.replace(/\n+/g, ' ');
        }
        out.push(value ? { text: value, placeholder: false } : { text: segment[2], placeholder: true });
      } else if (kind === 'c') {
        var choice = filler.choices[segment[1]];
        var inner = parts(choice.options[choice.selected], filler, oneLine, []);
        if (inner.length && textOf(inner) !== '') {
          out.push({ text: segment[2], placeholder: false });
          Array.prototype.push.apply(out, inner);
          out.push({ text: segment[3], placeholder: false });
        }
      }
    });
    return out;
  }

  function textOf(list) {
    return list.map(function (part) { return part.text; }).join('');
  }

  function show(element, list) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
    list.forEach(function (part) {
      if (!part.text) {
        return;
      }
      if (part.placeholder) {
        var mark = document.createElement('mark');
        mark.className = 'ph';
        mark.textContent = part.text;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(part.text));
      }
    });
  }

  function message(filler) {
    var subject = parts(filler.data.subject, filler, true, []);
    var body = parts(filler.data.body, filler, false, []);
    return { subjectParts: subject, bodyParts: body, subject: textOf(subject), body: textOf(body) };
  }

  function plainText(msg) {
    return 'Subject: ' + msg.subject + '\n\n' + msg.body;
  }

  /* RFC 6068: percent-encoded UTF-8, line breaks as CR LF. */
  function mailto(msg) {
    return 'mailto:?subject=' + encodeURIComponent(msg.subject) +
      '&body=' + encodeURIComponent(msg.body.replace(/\n/g, '\r\n'));
  }

  function render(filler) {
    var msg = message(filler);
    show(filler.subject, msg.subjectParts);
    show(filler.body, msg.bodyParts);
    var href = mailto(msg);
    if (href.length > MAILTO_LIMIT) {
      filler.mail.removeAttribute('href');
      filler.mail.setAttribute('aria-disabled', 'true');
      filler.mail.title = 'This message is too long for an email link. Use "Copy message" instead.';
    } else {
      filler.mail.setAttribute('href', href);
      filler.mail.removeAttribute('aria-disabled');
      filler.mail.removeAttribute('title');
    }
  }

  function renderAll() {
    fillers.forEach(render);
  }

  function say(filler, text) {
    filler.status.textContent = '';
    // a fresh change, so screen readers announce the same words again
    window.setTimeout(function () { filler.status.textContent = text; }, 30);
  }

  /* The reader's own details only (boxes marked data-keep): never the interviewer's name or the employer. */
  function kept() {
    var own = {};
    fillers.forEach(function (f) {
      f.inputs.forEach(function (input) {
        var id = input.getAttribute('data-field');
        if (input.hasAttribute('data-keep') && values[id]) {
          own[id] = values[id];
        }
      });
    });
    return own;
  }

  function save() {
    if (!fillers.length || !fillers[0].remember.checked) {
      return;
    }
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(kept()));
    } catch (e) {
      fillers.forEach(function (f) { say(f, 'Your details could not be saved on this device.'); });
    }
  }

  function restore() {
    try {
      var stored = window.localStorage.getItem(STORE_KEY);
      if (stored === null) {
        return false;
      }
      var parsed = JSON.parse(stored);
      var own = {};
      Array.prototype.forEach.call(document.querySelectorAll('section.filler [data-keep]'), function (input) {
        own[input.getAttribute('data-field')] = true;
      });
      Object.keys(parsed).forEach(function (key) {
        // details of others kept by an earlier version are not brought back
        if (typeof parsed[key] === 'string' && own[key]) {
          values[key] = parsed[key];
        }
      });
      return true;
    } catch (e) {
      return false;
    }
  }

  function forget() {
    try {
      window.localStorage.removeItem(STORE_KEY);
    } catch (e) {
      // nothing stored, nothing to forget
    }
  }

  function syncInputs(id, source) {
    fillers.forEach(function (f) {
      f.inputs.forEach(function (input) {
        if (input !== source && input.getAttribute('data-field') === id) {
          setInput(input, values[id] || '');
        }
      });
    });
  }

  function copy(filler) {
    var text = plainText(message(filler));
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        say(filler, 'Copied. Paste the message into your email.');
      }, function () {
        copyBySelection(filler, text);
      });
    } else {
      copyBySelection(filler, text);
    }
  }

  function copyBySelection(filler, text) {
    var area = filler.section.querySelector('.filler-copy-area');
    if (!area) {
      area = document.createElement('textarea');
      area.className = 'filler-copy-area';
      area.setAttribute('readonly', '');
      area.setAttribute('aria-label', 'Your message, ready to copy');
      filler.status.parentNode.insertBefore(area, filler.status);
    }
    area.value = text;
    area.focus();
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    if (copied) {
      say(filler, 'Copied. Paste the message into your email.');
    } else {
      say(filler, 'The message is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.');
    }
  }

  function download(filler) {
    var blob = new Blob([plainText(message(filler))], { type: 'text/plain;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filler.data.name + '.txt';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    say(filler, 'Downloaded as ' + filler.data.name + '.txt.');
  }

  function print(filler) {
    document.body.classList.add('printing-message');
    filler.section.classList.add('is-printing');
    window.print();
  }

  window.addEventListener('afterprint', function () {
    document.body.classList.remove('printing-message');
    fillers.forEach(function (f) { f.section.classList.remove('is-printing'); });
  });

  function clearFields(filler, text) {
    filler.data.fields.forEach(function (id) { delete values[id]; });
    fillers.forEach(function (f) {
      f.inputs.forEach(function (input) { setInput(input, values[input.getAttribute('data-field')] || ''); });
    });
    Object.keys(filler.choices).forEach(function (id) {
      var choice = filler.choices[id];
      choice.selected = choice.initial;
      choice.controls.forEach(function (control) {
        control.checked = control.type === 'checkbox' ? choice.initial === 1 : Number(control.value) === choice.initial;
      });
    });
    save();
    renderAll();
    say(filler, text);
  }

  function setup(section) {
    var data = JSON.parse(section.querySelector('script.filler-data').textContent);
    var filler = {
      section: section,
      data: data,
      choices: {},
      limits: {},
      form: section.querySelector('.filler-form'),
      subject: section.querySelector('[data-role=subject]'),
      body: section.querySelector('[data-role=body]'),
      status: section.querySelector('.filler-status'),
      mail: section.querySelector('[data-action=mail]'),
      remember: section.querySelector('[data-remember]'),
      inputs: Array.prototype.slice.call(section.querySelectorAll('[data-field]'))
    };
    data.choices.forEach(function (choice) {
      filler.choices[choice.id] = {
        options: choice.options,
        selected: choice['default'],
        initial: choice['default'],
        controls: Array.prototype.slice.call(section.querySelectorAll('[data-choice="' + choice.id + '"]'))
      };
    });
    filler.form.addEventListener('submit', function (event) { event.preventDefault(); });
    filler.inputs.forEach(function (input) {
      var id = input.getAttribute('data-field');
      var label = section.querySelector('label[for="' + input.id + '"]');
      var tooLong = false;
      filler.limits[id] = limitOf(input);
      setInput(input, values[id] || '');
      input.addEventListener('beforeinput', function (event) {
        // the box drops what does not fit without a word, so the filler says so
        var text = event.data != null ? event.data : (event.dataTransfer ? event.dataTransfer.getData('text/plain') : '');
        var room = limitOf(input) - input.value.length + Math.abs(input.selectionEnd - input.selectionStart);
        tooLong = text.length > room;
      });
      input.addEventListener('input', function () {
        if (input.value.length > limitOf(input)) {
          input.value = fit(input.value, limitOf(input)); // set by a script or an extension, past the limit
          tooLong = true;
        }
        values[id] = input.value;
        syncInputs(id, input);
        save();
        renderAll();
        count(input);
        if (tooLong) {
          tooLong = false;
          say(filler, 'Only the first ' + limitOf(input).toLocaleString('en') + ' characters fit in "' + (label ? label.textContent : id)
            + '"; the rest was left out.');
        }
      });
    });
    Object.keys(filler.choices).forEach(function (id) {
      var choice = filler.choices[id];
      choice.controls.forEach(function (control) {
        control.addEventListener('change', function () {
          choice.selected = control.type === 'checkbox' ? (control.checked ? 1 : 0) : Number(control.value);
          render(filler);
        });
        if (control.type === 'checkbox') {
          choice.selected = control.checked ? 1 : 0;
        } else if (control.checked) {
          choice.selected = Number(control.value);
        }
      });
    });
    filler.remember.addEventListener('change', function () {
      var on = filler.remember.checked;
      fillers.forEach(function (f) { f.remember.checked = on; });
      if (on) {
        save();
        say(filler, 'Your details will be kept on this device only, until you choose "Forget my details".');
      } else {
        forget();
        say(filler, 'Your details will not be kept on this device.');
      }
    });
    section.querySelector('[data-action=copy]').addEventListener('click', function () { copy(filler); });
    section.querySelector('[data-action=download]').addEventListener('click', function () { download(filler); });
    section.querySelector('[data-action=print]').addEventListener('click', function () { print(filler); });
    section.querySelector('[data-action=reset]').addEventListener('click', function () {
      clearFields(filler, 'The fields are empty again.');
    });
    section.querySelector('[data-action=forget]').addEventListener('click', function () {
      forget();
      fillers.forEach(function (f) { f.remember.checked = false; });
      fillers.forEach(function (f) { clearFields(f, ''); });
      say(filler, 'Your details were removed from this device.');
    });
    filler.mail.addEventListener('click', function (event) {
      if (filler.mail.getAttribute('aria-disabled') === 'true') {
        event.preventDefault();
        say(filler, 'This message is too long to open in an email app. Use "Copy message" instead.');
      }
    });
    filler.form.hidden = false;
    section.querySelector('.filler-actions').hidden = false;
    var keep = section.querySelector('.filler-keep');
    if (keep) {
      keep.hidden = false;
    }
    section.classList.add('is-live');
    return filler;
  }

  function start() {
    var remembered = restore();
    Array.prototype.forEach.call(document.querySelectorAll('section.filler'), function (section) {
      fillers.push(setup(section));
    });
    fillers.forEach(function (f) { f.remember.checked = remembered; });
    renderAll();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

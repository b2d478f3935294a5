/*
 * Colour scheme: follows the system setting until the reader picks one with the toggle; the choice is kept on
 * this device. Runs in <head>, before the page is drawn, so the page never flashes in the wrong colours.
 */
(function () {
  'use strict';
  var KEY = 'handbook-theme';
  var root = document.documentElement;

  function stored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return value === 'dark' || value === 'light' ? value : null;
    } catch (e) {
      return null;
    }
  }

  function effective() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) {
      return chosen;
    }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  var initial = stored();
  if (initial) {
    root.setAttribute('data-theme', initial);
  }

  function label(button) {
    var dark = effective() === 'dark';
    button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    button.textContent = 'Dark theme';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) {
      return;
    }
    label(button);
    button.hidden = false;
    button.addEventListener('click', function () {
      var next = effective() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try {
        window.localStorage.setItem(KEY, next);
      } catch (e) {
        // the choice lasts for this page only
      }
      label(button);
    });
  });
}());

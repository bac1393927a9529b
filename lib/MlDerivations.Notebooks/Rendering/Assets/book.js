// The book's page script: theme (light / dark, remembered, respecting the system preference)
// and KaTeX typesetting of the math elements the build wrote (.math, .math.display).
(function () {
  'use strict';
  var storageKey = 'ml-derivations-theme';
  var root = document.documentElement;

  function storedTheme() {
    try { return window.localStorage.getItem(storageKey); } catch (e) { return null; }
  }

  function initialTheme() {
    var stored = storedTheme();
    if (stored === 'light' || stored === 'dark') { return stored; }
    var prefersDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
    return prefersDark ? 'dark' : 'light';
  }

  function toggleTheme() {
    var next = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try { window.localStorage.setItem(storageKey, next); } catch (e) { /* private mode: not remembered */ }
  }

  // Set before the body is painted, so a dark-theme reader never sees a white flash.
  root.setAttribute('data-theme', initialTheme());

  function typeset() {
    if (!window.katex) { return; }
    var macros = {}; // shared, so a \gdef in one equation serves the rest of the page
    var elements = document.querySelectorAll('.math');
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      window.katex.render(element.textContent, element, {
        displayMode: element.classList.contains('display'),
        throwOnError: false,
        macros: macros
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    typeset();
    var button = document.getElementById('theme-toggle');
    if (button) { button.addEventListener('click', toggleTheme); }
  });
})();

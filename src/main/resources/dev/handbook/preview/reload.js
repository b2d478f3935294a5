/* Preview only: reloads the page when the handbook has been rebuilt. Never part of site/. */
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var source = new EventSource('/__preview/events');
  source.addEventListener('reload', function () {
    window.location.reload();
  });
}());

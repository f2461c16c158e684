// Registers the service worker (sw.js) and tells the app when a new version is ready.
//
// - Only over http(s): never from file:// (the one-file edition) or anything else.
// - A new version never takes over an open page by itself. When one is installed and waiting,
//   this dispatches `vitaal-update` on window; the app shows "Er is een nieuwe versie …".
// - The app answers with `vitaal-update-apply` after it has saved pending work; then the waiting
//   worker is asked to take over and the page reloads once, when it has.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;

  var container = navigator.serviceWorker;
  var registration = null;
  var ready = false; // a new worker is installed and waiting
  var applying = false;
  var reloaded = false;

  function announce() {
    if (ready) window.dispatchEvent(new CustomEvent('vitaal-update'));
  }

  function waiting(worker) {
    // Without a controller this is the first install: it takes charge at once, nothing to tell.
    if (worker && container.controller) {
      ready = true;
      announce();
    }
  }

  function watch(reg) {
    registration = reg;
    waiting(reg.waiting);
    // A meeting page may stay open for days: look for a new version now and then (only the
    // page's own sw.js is fetched, and only when online). It still waits to be applied.
    setInterval(function () {
      if (navigator.onLine) reg.update().catch(function () {});
    }, 60 * 60 * 1000);
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed') waiting(worker);
      });
    });
  }

  // The app may start after the worker was found waiting: tell it again once it runs.
  window.addEventListener('TrunkApplicationStarted', announce);

  window.addEventListener('vitaal-update-apply', function () {
    var worker = registration && registration.waiting;
    if (worker) {
      applying = true;
      worker.postMessage({ type: 'skip-waiting' });
    } else if (ready) {
      // Another tab already switched to the new version: load it here too.
      location.reload();
    }
  });

  container.addEventListener('controllerchange', function () {
    if (applying && !reloaded) {
      reloaded = true;
      location.reload();
    }
  });

  // Once the page has loaded and the app has started, so installing (which fetches the whole
  // app, the wasm too) does not compete with the first start. The page's own wasm is fetched
  // only after the app shell is shown (docs/design.md, "Budget"), so `load` alone comes too soon.
  var loaded = document.readyState === 'complete';
  var started = false;
  var registering = false;
  function register() {
    if (!loaded || !started || registering) return;
    registering = true;
    // A phone page (the participant's, the achterban's) precaches only what it needs
    // (`sw.js?telefoon`), and only where no worker is registered yet: on the facilitator's own
    // laptop, trying the invitation never replaces the worker that keeps the whole app offline.
    var phone = /^(doe-mee|achterban)\//.test(location.hash.replace(/^#*\/*/, ''));
    var none = function () {
      // No service worker (blocked or unsupported): the app still works online.
    };
    if (!phone) {
      container.register('./sw.js').then(watch, none);
      return;
    }
    container.getRegistration('./').then(function (existing) {
      if (existing) watch(existing);
      else container.register('./sw.js?telefoon').then(watch, none);
    }, none);
  }
  window.addEventListener('load', function () {
    loaded = true;
    register();
  });
  window.addEventListener('TrunkApplicationStarted', function () {
    started = true;
    register();
  });
})();

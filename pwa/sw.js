// Service worker of Vitaal Samenwerken: the app works offline after one visit.
//
// Plain JavaScript, no libraries. It precaches the app shell (index.html, the hashed .js, .wasm
// and .css files, sw-register.js, the manifest and the icons) and the one-file edition
// (vitaal-samenwerken.html, which "Bewaar als één bestand" starts from), and answers from that
// cache first. Requests to other origins are never touched (and the CSP does not allow any).
// The edition is optional: a host that left it out still gets an app that works offline (the
// app then says that the edition is not there, or not on this device).
//
// The three lines marked "post-build" are filled in by scripts/post-build.mjs (a Trunk post_build
// hook) from the actual build output: VERSION is a hash of every precached file, so any change
// to the app makes a new service worker. A new worker does not take over an open page on its
// own: it waits until the page asks for it ({type: 'skip-waiting'}, see sw-register.js), after
// the user chose "Nu vernieuwen".
'use strict';

const VERSION = 'ontwikkeling'; // post-build: version
const PRECACHE = []; // post-build: files
// What a phone needs for its page (the phone pages' own app, the page, the stylesheet …), when
// a phone page registered this worker (`sw.js?telefoon`, see sw-register.js): a phone on mobile
// data does not download the facilitator's app, the QR decoder or the one-file edition for it.
const PHONE_PRECACHE = []; // post-build: phone files
const FILES = new URL(self.location.href).searchParams.has('telefoon') ? PHONE_PRECACHE : PRECACHE;

// One cache per version, scope and set of files, so two copies of the app on one origin leave each other alone.
const PREFIX = 'vitaal-samenwerken ' + self.registration.scope + ' ';
const CACHE = PREFIX + VERSION + (FILES === PRECACHE ? '' : ' telefoon');
const SCOPE_PATH = new URL(self.registration.scope).pathname;
// The one-file edition, when the build has it (scripts/one-file.mjs).
const EDITION = './vitaal-samenwerken.html';

self.addEventListener('install', (event) => {
  // `no-cache`: revalidate with the server, so a stale HTTP cache never ends up in the precache.
  const fresh = (url) => new Request(url, { cache: 'no-cache' });
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.filter((url) => url !== EDITION).map(fresh))
      // The edition after the app, and without failing the install when it is missing.
      .then(() => (FILES.includes(EDITION) ? cache.add(fresh(EDITION)).catch(() => undefined) : undefined))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      // The first worker takes charge of the page that registered it, so it works offline at once.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || PRECACHE.length === 0) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Opening the app (with any query) gets the cached app shell; the screen is in the hash.
  const shell = request.mode === 'navigate'
    && (url.pathname === SCOPE_PATH || url.pathname === SCOPE_PATH + 'index.html');
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(shell ? './' : request, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});

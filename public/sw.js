/*
 * Dockyard's service worker: the static site keeps working offline after one visit.
 * Same-origin GETs are served cache-first (built assets have content hashes, so a cached
 * file is never stale); pages go to the network first so a new deploy is picked up, and
 * fall back to the cached page offline. The page reports the files it loaded before
 * this worker took control, so the very first visit is cached too.
 */
const CACHE = 'dockyard-v2';
// Live mode (the app served by `dockyard serve`): the Engine API and the event stream are
// the daemon's, never the site's — not cached, not even seen by this worker.
const daemonPaths = /^\/(_ping$|_dockyard\/|v\d+(\.\d+)*\/)/;
const isSiteFile = (url) => url.origin === self.location.origin && !daemonPaths.test(url.pathname);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(['./', './index.html']))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'cache-urls' ? event.data.urls : [];
  const sameOrigin = urls.filter((u) => isSiteFile(new URL(u)));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(sameOrigin.map((u) => cache.add(u).catch(() => undefined)))),
  );
});

async function fromNetwork(request) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !isSiteFile(new URL(request.url))) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fromNetwork(request).catch(() =>
        caches
          .match(request, { ignoreSearch: true, ignoreVary: true })
          .then((r) => r || caches.match('./index.html', { ignoreVary: true })),
      ),
    );
    return;
  }
  // Some hosts send `Vary: Origin`; module scripts are fetched with an Origin header and the
  // worker's own cache fill without one, so the match ignores Vary.
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then((cached) => cached || fromNetwork(request)),
  );
});

/*
 * Cross-origin isolation for hosts that cannot set headers (GitHub Pages): this service worker answers the page's
 * own requests with the response it fetched plus Cross-Origin-Opener-Policy: same-origin and
 * Cross-Origin-Embedder-Policy: require-corp, which is what the browser looks at to grant SharedArrayBuffer.
 * Registered by the page only when it is not isolated already (cross-origin-isolation.ts). Written for this
 * project (see playground/README.md, "Hosting").
 */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Only this site's files: everything the playground loads is same-origin.
  if (new URL(request.url).origin !== self.location.origin) return;
  // A request the browser allows only from its own cache cannot be re-fetched here.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  event.respondWith(
    fetch(request).then((response) => {
      if (response.status === 0) return response; // opaque: its headers cannot be changed
      const headers = new Headers(response.headers);
      headers.set('Cross-Origin-Opener-Policy', 'same-origin');
      headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
      headers.set('Cross-Origin-Resource-Policy', 'same-origin');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }),
  );
});

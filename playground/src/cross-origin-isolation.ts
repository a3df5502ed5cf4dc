/**
 * Z3's threads need SharedArrayBuffer, which a browser gives only to a cross-origin isolated page (COOP/COEP
 * headers). `npm run playground` sends those headers; a host that cannot (GitHub Pages) gets them from the page's
 * own service worker (coi-sw.js, playground/README.md): registered on the first visit, then the page reloads once
 * under its control. Returns false when isolation cannot be had (the page then says so instead of checking).
 */
const RELOADED = 'iam-proof-playground:reloaded-for-isolation';

export async function ensureCrossOriginIsolation(): Promise<boolean> {
  if (globalThis.crossOriginIsolated) {
    sessionStorage.removeItem(RELOADED);
    return true;
  }
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
  // One reload only: if the page is still not isolated under the worker, reloading again would loop.
  if (sessionStorage.getItem(RELOADED) !== null) return false;
  try {
    const registration = await navigator.serviceWorker.register(new URL('coi-sw.js', location.href).href);
    await navigator.serviceWorker.ready;
    if (registration.active === null) return false;
    sessionStorage.setItem(RELOADED, '1');
    location.reload();
    return new Promise(() => undefined); // the reload replaces this page
  } catch {
    return false;
  }
}

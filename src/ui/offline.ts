/**
 * Registers public/sw.js (cache-first for the site's own files) so the app opens offline
 * after one visit, and hands it the files this first visit already loaded. Relative URL,
 * so it works from any folder of any static host. Skipped in development, where a cache
 * would serve stale modules.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const start = () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
        registration.active?.postMessage({ type: 'cache-urls', urls });
      })
      .catch((error: unknown) => {
        console.warn('Dockyard: offline support unavailable:', error);
      });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

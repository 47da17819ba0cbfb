// The site's service worker. hooks/offline.py fills in the manifest below at build time.
// Network first, for every same-origin GET: online, readers always get the deployed
// site; offline, the copy from their last visit. Nothing from other origins is cached.
// The exception: a file whose path carries its content's hash (the wheel, the standard
// library) can never change, so the saved copy is served without asking the network.
const { version, files, workerPolicy } = self.__MANIFEST__;
const CACHE = `after-the-interview:site:${version}`;
const OURS = "after-the-interview:site:";
const scope = new URL(self.registration.scope);
const wanted = new Set(Object.keys(files).map((path) => new URL(path, scope).href));
const BY_CONTENT = /\/pyodide\/(wheels|stdlib)\/[0-9a-f]{16}\//;

/** The first 16 hex digits of the SHA-256 of ``bytes``, as hooks/offline.py writes them. */
async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // What the visit has just fetched is in the HTTP cache: take it from there when its
      // hash is this build's, and only otherwise ask the server ("no-cache" revalidates, so
      // a file from an older build never lands in this build's cache). Every file or none:
      // a page that fails here fails the install, so the site never says it works offline
      // while a page would be missing offline.
      for (const [path, hash] of Object.entries(files)) {
        const url = new URL(path, scope).href;
        const kept = await fetch(url).catch(() => null);
        const body = kept?.ok ? await kept.arrayBuffer() : null;
        if (body && (await sha256(body)) === hash) {
          await cache.put(url, new Response(body, { headers: kept.headers }));
          continue;
        }
        const response = await fetch(url, { cache: "no-cache" });
        if (!response.ok) throw new Error(`${url} could not be saved for offline use (HTTP ${response.status})`);
        await cache.put(url, response);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(OURS) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  event.respondWith(
    (async () => {
      const key = url.origin + url.pathname;
      if (BY_CONTENT.test(url.pathname)) {
        const saved = await caches.match(key, { cacheName: CACHE });
        if (saved) return saved;
      }
      try {
        const response = await fetch(request);
        if (response.ok && wanted.has(key) && !request.headers.has("range")) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(key, copy));
        }
        return withPolicy(request, response);
      } catch (error) {
        const cached = await caches.match(key, { cacheName: CACHE });
        if (cached) return withPolicy(request, cached);
        if (request.mode === "navigate") {
          const offline = await caches.match(new URL("404.html", scope).href, { cacheName: CACHE });
          if (offline) return offline;
        }
        throw error;
      }
    })(),
  );
});

// The composer's worker gets a Content-Security-Policy of its own (hooks/csp.py): Pages
// sends no headers, and a worker answers only to its script's response headers.
async function withPolicy(request, response) {
  if (request.destination !== "worker" || !response.ok) return response;
  const headers = new Headers(response.headers);
  headers.set("Content-Security-Policy", workerPolicy);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener("message", (event) => {
  if (event.data === "version") event.source?.postMessage({ type: "version", version, files: wanted.size });
});

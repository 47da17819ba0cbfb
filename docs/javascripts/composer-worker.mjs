// The composer's Web Worker: it owns Pyodide, so Python never blocks the page.
// Protocol: {id, fn, args} -> {id, ok, result | error}. Progress and readiness
// arrive as {type: "progress" | "ready" | "failed", ...} without an id.
import { SNAPSHOT_CACHE } from "./composer-config.mjs";
import { fetchLock, warmPython } from "./composer-warm.mjs";

const pyodideBase = new URL("../pyodide/", import.meta.url);
const pyodideModule = import("../pyodide/pyodide.mjs");
// Our own lock file lists the composer wheel and the standard library, each by a path that
// carries its hash. It is always revalidated ("no-cache"), so after a redeploy the browser
// never pairs a new lock with a file from its HTTP cache, nor an old lock with a missing file.
const lockFileContents = fetchLock(pyodideBase);
lockFileContents.catch(() => {}); // reported by start(), through the options below
// A first visit: start the big downloads now, not at the end of the chain of imports below
// (Pyodide's loader, then its runtime, then the wasm; the wheel only once Python runs). With a
// snapshot stored, this browser has them already. Reading them here, not in the page, keeps
// the page's main thread free. The lock file is the one fetched above, not a second copy.
const firstVisit = (async () => !(await self.caches?.has(SNAPSHOT_CACHE)))().catch(() => false);
firstVisit.then((first) => first && warmPython(pyodideBase, "high", lockFileContents)).catch(() => {}); // what's missing is fetched below
const options = lockFileContents.then((lock) => ({
  indexURL: pyodideBase.href,
  packageBaseUrl: pyodideBase.href,
  lockFileContents: lock,
  stdLibURL: new URL(lock.stdlib.file_name, pyodideBase).href,
}));
options.catch(() => {}); // reported by start()
const progress = (stage, text) => self.postMessage({ type: "progress", stage, text });

// A memory snapshot of Python just after start-up, taken on the first visit
// and kept in this browser's Cache Storage. Restoring it skips most of
// Python's start-up on later visits. It is taken before the composer is
// imported or any request is answered, so it never holds what the reader typed.
// Its name carries Pyodide's version and the standard library's hash: the snapshot
// remembers where each module sat in the zip it was taken with, and restored beside
// another zip (after a redeploy), Python would fail to import.
const snapshotKey = Promise.all([pyodideModule, lockFileContents]).then(([{ version }, lock]) => {
  return new URL(`python-snapshot-${version}-${lock.stdlib.sha256.slice(0, 16)}.gz`, pyodideBase).href;
});
snapshotKey.catch(() => {}); // a loader or lock that fails to load is reported by start()

async function readSnapshot() {
  try {
    const hit = await (await caches.open(SNAPSHOT_CACHE)).match(await snapshotKey);
    if (!hit) return null;
    const plain = new Response(hit.body.pipeThrough(new DecompressionStream("gzip")));
    return new Uint8Array(await plain.arrayBuffer());
  } catch {
    return null; // no Cache Storage here (private mode, old browser): start fresh
  }
}

async function saveSnapshot(bytes) {
  try {
    const packed = new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip")));
    const cache = await caches.open(SNAPSHOT_CACHE);
    const key = await snapshotKey;
    await cache.put(key, new Response(await packed.blob()));
    // One snapshot per browser: those of earlier builds can never be restored.
    for (const old of await cache.keys()) if (old.url !== key) await cache.delete(old);
  } catch {
    // Storage full or unavailable: the next visit simply starts fresh.
  }
}

// Emscripten reports a failed WebAssembly download or compile with console.warn
// and then waits forever. Turn that report into an error, so the page can say
// so instead of spinning.
function wasmFailure() {
  return new Promise((_, reject) => {
    const warn = console.warn;
    console.warn = (...args) => {
      warn(...args);
      const text = args.map(String).join(" ");
      if (text.includes("WebAssembly")) reject(new Error(`Python could not be loaded (${text})`));
    };
  });
}

let started = "fresh"; // how Python started, reported to the page (and its tests)

async function startPython() {
  const { loadPyodide } = await pyodideModule;
  const snapshot = await readSnapshot();
  if (snapshot) {
    try {
      started = "snapshot";
      return await loadPyodide({ ...(await options), _loadSnapshot: snapshot });
    } catch {
      started = "fresh";
      await caches.delete(SNAPSHOT_CACHE); // stale or damaged: forget it, start fresh
    }
  }
  const pyodide = await loadPyodide({ ...(await options), _makeSnapshot: true });
  const bytes = pyodide.makeMemorySnapshot();
  // Compress and store once the composer is ready, off the path to the first draft.
  ready.then(() => saveSnapshot(bytes), () => {});
  return pyodide;
}

async function start() {
  progress(1, "Downloading Python…");
  const pyodide = await Promise.race([wasmFailure(), startPython()]);
  progress(2, "Starting the composer…");
  await pyodide.loadPackage("composer", { messageCallback: () => {} });
  // The only way in: an allow-listed function that takes and returns JSON text.
  // User text never reaches runPython.
  return pyodide.pyimport("composer").call;
}

const ready = start();
ready.then(
  () => self.postMessage({ type: "ready", started }),
  (error) => self.postMessage({ type: "failed", error: String(error?.message ?? error) }),
);

self.onmessage = async ({ data: { id, fn, args } }) => {
  try {
    const call = await ready;
    self.postMessage({ id, ok: true, result: JSON.parse(call(fn, JSON.stringify(args))) });
  } catch (error) {
    // A short message for the page; never a Python traceback.
    const lastLine = String(error?.message ?? error).trim().split("\n").pop();
    self.postMessage({ id, ok: false, error: lastLine });
  }
};

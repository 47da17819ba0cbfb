// When the reader heads for the composer (points at, focuses or touches a link to
// it), fetch Python and the composer's wheel into the HTTP cache at low priority, so
// the composer opens warm. Until then the guide downloads nothing of Pyodide: readers
// who never use the composer never pay for it.
//
// Plain fetch() calls, not <link rel=prefetch>: the link to the composer is followed by
// instant navigation, so this page (and its fetches) lives on, and the composer's worker
// asking for a file still on its way joins that download in the HTTP cache instead of
// starting a second one (tests/browser/test_prefetch.py). A prefetch link in flight was
// not shared that way: the worker downloaded the wasm again (bench/LEVERS.md).
import { CORE_FILES } from "./composer-config.mjs";

let started = false;

async function take(url, priority) {
  const response = await fetch(url, { priority });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  await response.body.pipeTo(new WritableStream()); // read to the end, so the whole file lands in the cache
}

/**
 * Python's core files, then the wheel the lock file names, into the HTTP cache. The guide
 * calls it on intent, at low priority; the composer page's <head> calls it at once, so the
 * big downloads start before the worker's chain of imports asks for them, and the wheel
 * before Python has started (composer-boot.mjs).
 */
export async function warmPython(composerUrl, priority = "low") {
  const base = new URL("../pyodide/", composerUrl);
  const core = CORE_FILES.map((file) => take(new URL(file, base), priority));
  const lock = await (await fetch(new URL("pyodide-lock.json", base), { cache: "no-cache", priority })).json();
  const wheels = Object.values(lock.packages ?? {}).map((entry) => take(new URL(entry.file_name, base), priority));
  await Promise.all([...core, ...wheels]);
}

function start(composerUrl) {
  if (started || location.href.startsWith(composerUrl)) return;
  started = true;
  const root = document.documentElement;
  root.dataset.prefetch = "started";
  warmPython(composerUrl).then(
    () => (root.dataset.prefetch = "done"),
    () => (root.dataset.prefetch = "failed"), // the composer fetches what it still needs
  );
}

for (const type of ["pointerover", "focusin", "touchstart"]) {
  document.addEventListener(
    type,
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link && /\/composer\/(#.*)?$/.test(link.href)) start(link.href.split("#")[0]);
    },
    { passive: true },
  );
}

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
import { warmPython } from "./composer-warm.mjs";

let started = false;

function start(composerUrl) {
  if (started || location.href.startsWith(composerUrl)) return;
  started = true;
  const root = document.documentElement;
  root.dataset.prefetch = "started";
  warmPython(new URL("../pyodide/", composerUrl)).then(
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

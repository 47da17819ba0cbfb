// Loaded async from the composer page's <head>: start Python while the page renders.
import { startComposer } from "./composer-client.mjs";
import { SNAPSHOT_CACHE } from "./composer-config.mjs";
import { warmPython } from "./prefetch.mjs";

// Not inside another site's frame: the composer refuses to run there (composer.mjs).
let framed = true;
try {
  framed = window.self !== window.top;
} catch {
  // A cross-origin parent: framed.
}
if (!framed) {
  startComposer();
  // A first visit: start the big downloads now rather than at the end of the worker's import
  // chain. With a snapshot stored, this browser has them already, and reading them here
  // would only cost a slow phone's CPU.
  caches
    .has(SNAPSHOT_CACHE)
    .catch(() => true)
    .then((stored) => stored || warmPython(location.href, "high"))
    .catch(() => {}); // the worker fetches whatever is still missing, and reports failures
}

// When the reader heads for the composer (points at, focuses or touches a
// link to it), fetch Python into the HTTP cache so the composer opens warm.
// Until then the guide downloads nothing of Pyodide: readers who never use
// the composer never pay for it.
import { CORE_FILES } from "./composer-config.mjs";

let done = false;

function prefetch(composerUrl) {
  if (done || location.href.startsWith(composerUrl)) return;
  done = true;
  for (const file of CORE_FILES) {
    const link = document.createElement("link");
    link.rel = "prefetch";
    link.href = new URL(`../pyodide/${file}`, composerUrl).href;
    document.head.append(link);
  }
}

for (const type of ["pointerover", "focusin", "touchstart"]) {
  document.addEventListener(
    type,
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link && /\/composer\/(#.*)?$/.test(link.href)) prefetch(link.href.split("#")[0]);
    },
    { passive: true },
  );
}

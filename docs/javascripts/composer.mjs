// Loaded on every page (Material's instant navigation swaps pages without a
// reload), but fetches the composer's own modules only on the composer page.
async function init() {
  // Instant navigation parses the new page with scripting off, so the <noscript>
  // style that hides the composer without JavaScript arrives live: drop it.
  document.getElementById("composer-noscript")?.remove();
  const root = document.getElementById("composer-app");
  if (!root || root.dataset.ready) return;
  root.dataset.ready = "yes";
  const { start } = await import("./composer-page.mjs");
  start(root);
}

if (window.document$) window.document$.subscribe(init);
else init();

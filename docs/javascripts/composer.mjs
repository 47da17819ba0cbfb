// Loaded on every page (Material's instant navigation swaps pages without a
// reload), but fetches the composer's own modules only on the composer page.
async function init() {
  // Instant navigation parses the new page with scripting off, so the <noscript>
  // style that hides the composer without JavaScript arrives live: drop it.
  document.getElementById("composer-noscript")?.remove();
  const root = document.getElementById("composer-app");
  if (!root || root.dataset.ready) return;
  root.dataset.ready = "yes";
  if (framed()) {
    refuseInFrame(root);
    return;
  }
  const { start } = await import("./composer-page.mjs");
  start(root);
}

/** Whether this page is shown inside another page (a frame): reading top may throw across origins. */
function framed() {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/**
 * Inside a frame, a hidden page could trick a click onto Clear or Delete (GitHub Pages
 * sends no header that forbids framing, and a meta policy can't): the composer stays
 * off there, and offers to open itself in its own tab.
 */
function refuseInFrame(root) {
  const note = document.createElement("p");
  note.className = "admonition warning";
  note.id = "composer-framed";
  const link = document.createElement("a");
  link.href = location.href;
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = "Open the composer in its own tab";
  note.append("This page is being shown inside another website, so the composer is switched off here to keep your data safe. ", link, ".");
  root.replaceChildren(note);
}

if (window.document$) window.document$.subscribe(init);
else init();

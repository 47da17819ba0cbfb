// Offline after one visit: the composer page registers the site's service worker
// (sw.js, written by hooks/offline.py) once Python is ready, so that saving the
// site for offline use mostly reads from the HTTP cache instead of downloading
// Pyodide twice. Guide pages never register it: they fetch nothing of Pyodide.

export async function offerOffline(note) {
  if (!("serviceWorker" in navigator)) return;
  const controlled = Boolean(navigator.serviceWorker.controller);
  let registration;
  try {
    registration = await navigator.serviceWorker.register(new URL("../sw.js", import.meta.url), { type: "classic" });
  } catch {
    return; // private windows and some settings refuse service workers: the page works online
  }
  // An install that fails (a file couldn't be saved) says so, rather than claim offline use.
  const installing = registration?.installing;
  installing?.addEventListener("statechange", () => {
    if (installing.state === "redundant" && !navigator.serviceWorker.controller) {
      show(note, "The site couldn't be saved for offline use this time; it works while you're online.");
    }
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (controlled) show(note, "A new version of the site is ready: reload the page to use it.");
  });
  await navigator.serviceWorker.ready;
  show(note, "Works offline: this page and the guide are saved in this browser.");
}

function show(note, text) {
  note.textContent = text;
  note.hidden = false;
}

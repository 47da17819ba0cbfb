// Loaded async from the composer page's <head>: start Python while the page renders.
import { startComposer } from "./composer-client.mjs";

// Not inside another site's frame: the composer refuses to run there (composer.mjs).
let framed = true;
try {
  framed = window.self !== window.top;
} catch {
  // A cross-origin parent: framed.
}
if (!framed) startComposer();

// Loaded async from the composer page's <head>: start Python while the page renders.
import { startComposer } from "./composer-client.mjs";

startComposer();

// Talks to composer-worker.mjs: one ready-promise, replies matched by id.
// One client per visit: the composer page's <head> starts it before the page
// has rendered, and the page script (or a later instant navigation) reuses it.

class ComposerClient {
  #worker;
  #pending = new Map();
  #nextId = 1;
  #listeners = new Set();
  stage = { stage: 0, text: "Loading Python…" };

  constructor() {
    this.#worker = new Worker(new URL("./composer-worker.mjs", import.meta.url), { type: "module" });
    /** Resolves with {started: "fresh" | "snapshot"} once Python can answer. */
    this.ready = new Promise((resolve, reject) => {
      this.#worker.addEventListener("message", ({ data }) => {
        if (data.type === "progress") this.#progress(data);
        else if (data.type === "ready") resolve({ started: data.started });
        else if (data.type === "failed") reject(new Error(data.error));
        else this.#settle(data);
      });
      // A worker that cannot even load (missing file, no module workers) lands here.
      this.#worker.addEventListener("error", (event) => {
        event.preventDefault();
        reject(new Error(event.message || "the composer's worker could not start"));
      });
    });
    this.ready.catch(() => {}); // the page reports failures; no unhandled rejection here
  }

  /** Hear about loading stages; the current one is replayed at once. */
  onProgress(listener) {
    this.#listeners.add(listener);
    listener(this.stage.stage, this.stage.text);
    return () => this.#listeners.delete(listener);
  }

  /** Call an allow-listed Python function; resolves with {id, result}. */
  call(fn, args) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, fn, args });
    }).then((result) => ({ id, result }));
  }

  #progress({ stage, text }) {
    this.stage = { stage, text };
    for (const listener of this.#listeners) listener(stage, text);
  }

  #settle({ id, ok, result, error }) {
    const waiting = this.#pending.get(id);
    if (!waiting) return;
    this.#pending.delete(id);
    if (ok) waiting.resolve(result);
    else waiting.reject(new Error(error));
  }
}

let client = null;

/** The visit's one client, created on first use. */
export function startComposer() {
  client ??= new ComposerClient();
  return client;
}

// Talks to composer-worker.mjs: one ready-promise, replies matched by id.

export class ComposerClient {
  #worker;
  #pending = new Map();
  #nextId = 1;

  constructor(onProgress) {
    this.#worker = new Worker(new URL("./composer-worker.mjs", import.meta.url), { type: "module" });
    this.ready = new Promise((resolve, reject) => {
      this.#worker.addEventListener("message", ({ data }) => {
        if (data.type === "progress") onProgress(data.stage, data.text);
        else if (data.type === "ready") resolve();
        else if (data.type === "failed") reject(new Error(data.error));
        else this.#settle(data);
      });
      // A worker that cannot even load (missing file, no module workers) lands here.
      this.#worker.addEventListener("error", (event) => {
        event.preventDefault();
        reject(new Error(event.message || "the composer's worker could not start"));
      });
    });
  }

  /** Call an allow-listed Python function; resolves with {id, result}. */
  call(fn, args) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, fn, args });
    }).then((result) => ({ id, result }));
  }

  #settle({ id, ok, result, error }) {
    const waiting = this.#pending.get(id);
    if (!waiting) return;
    this.#pending.delete(id);
    if (ok) waiting.resolve(result);
    else waiting.reject(new Error(error));
  }
}

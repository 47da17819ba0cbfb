// The composer's Web Worker: it owns Pyodide, so Python never blocks the page.
// Protocol: {id, fn, args} -> {id, ok, result | error}. Progress and readiness
// arrive as {type: "progress" | "ready" | "failed", ...} without an id.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const pyodideBase = new URL("../pyodide/", import.meta.url);
const progress = (stage, text) => self.postMessage({ type: "progress", stage, text });

// Emscripten reports a failed WebAssembly download or compile with console.warn
// and then waits forever. Turn that report into an error, so the page can say
// so instead of spinning.
function wasmFailure() {
  return new Promise((_, reject) => {
    const warn = console.warn;
    console.warn = (...args) => {
      warn(...args);
      const text = args.map(String).join(" ");
      if (text.includes("WebAssembly")) reject(new Error(`Python could not be loaded (${text})`));
    };
  });
}

async function start() {
  progress(1, "Downloading Python…");
  const pyodide = await Promise.race([wasmFailure(), loadPyodide({
    indexURL: pyodideBase.href,
    // Our own lock file: it lists the composer wheel with its sha256.
    lockFileURL: new URL("pyodide-lock.json", pyodideBase).href,
    // Fetched and installed during start-up rather than after it.
    packages: ["composer"],
  })]);
  progress(2, "Starting the composer…");
  // The only way in: an allow-listed function that takes and returns JSON text.
  // User text never reaches runPython.
  return pyodide.pyimport("composer").call;
}

const ready = start();
ready.then(
  () => self.postMessage({ type: "ready" }),
  (error) => self.postMessage({ type: "failed", error: String(error?.message ?? error) }),
);

self.onmessage = async ({ data: { id, fn, args } }) => {
  try {
    const call = await ready;
    self.postMessage({ id, ok: true, result: JSON.parse(call(fn, JSON.stringify(args))) });
  } catch (error) {
    // A short message for the page; never a Python traceback.
    const lastLine = String(error?.message ?? error).trim().split("\n").pop();
    self.postMessage({ id, ok: false, error: lastLine });
  }
};

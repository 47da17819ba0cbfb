// Run the composer inside real Pyodide under Node, the way the page does:
// the core from the npm package (copied into the site), our lock file, the
// wheel loaded by name with its sha256 checked.
//
//   node tests/pyodide/run.mjs SITE_PYODIDE_DIR REQUESTS.json
//
// Prints one JSON object: doctest results, the answer to each request, and timings.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, requestsFile] = process.argv.slice(2);
const base = path.resolve(pyodideDir) + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(base, "pyodide.mjs")).href);

const t0 = performance.now();
const pyodide = await loadPyodide({ indexURL: base, lockFileURL: path.join(base, "pyodide-lock.json") });
const t1 = performance.now();
await pyodide.loadPackage("composer", { messageCallback: () => {}, errorCallback: (m) => console.error(m) });
const t2 = performance.now();
const composer = pyodide.pyimport("composer");
const t3 = performance.now();

const doctests = JSON.parse(
  pyodide.runPython(`
import doctest, importlib, json, pkgutil, composer
failed = attempted = 0
for info in pkgutil.iter_modules(composer.__path__):
    if info.name == "__main__":
        continue
    result = doctest.testmod(importlib.import_module(f"composer.{info.name}"))
    failed += result.failed
    attempted += result.attempted
json.dumps({"attempted": attempted, "failed": failed})
`),
);

const requests = JSON.parse(await readFile(requestsFile, "utf-8"));
const answers = requests.map((request) => JSON.parse(composer.call("compose", JSON.stringify(request))));

console.log(
  JSON.stringify({
    python: pyodide.runPython("import sys; sys.version.split()[0]"),
    doctests,
    answers,
    ms: { start: t1 - t0, load_wheel: t2 - t1, import: t3 - t2 },
  }),
);

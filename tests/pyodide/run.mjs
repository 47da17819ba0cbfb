// Run the composer inside real Pyodide under Node, the way the page does:
// the core and the trimmed standard library the lock file names, from the
// built site, and the wheel loaded by name with its sha256 checked.
//
//   node tests/pyodide/run.mjs SITE_PYODIDE_DIR REQUESTS.json [FULL_STDLIB.zip]
//
// Prints one JSON object: the answer to each request, the standard-library
// files the composer imported while answering (not those frozen into the wasm),
// doctest results and timings. Doctests run in a second Python on FULL_STDLIB
// (when given), from the composer's sources: the site ships neither the doctest
// machinery nor the docstrings.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, requestsFile, fullStdlib] = process.argv.slice(2);
const base = path.resolve(pyodideDir) + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(base, "pyodide.mjs")).href);
const lockFileURL = path.join(base, "pyodide-lock.json");
const lock = JSON.parse(await readFile(lockFileURL, "utf-8"));

async function start(stdLibURL) {
  const pyodide = await loadPyodide({ indexURL: base, lockFileURL, stdLibURL });
  await pyodide.loadPackage("composer", { messageCallback: () => {}, errorCallback: (m) => console.error(m) });
  return pyodide;
}

const t0 = performance.now();
const pyodide = await start(path.join(base, lock.stdlib.file_name));
const t1 = performance.now();
const composer = pyodide.pyimport("composer");
const t2 = performance.now();

const requests = JSON.parse(await readFile(requestsFile, "utf-8"));
const answers = requests.map((request) => JSON.parse(composer.call("compose", JSON.stringify(request))));
const { stdlib, frozen } = JSON.parse(
  pyodide.runPython(`
import _imp, json, sys
zip_root = next(p for p in sys.path if p.endswith(".zip")) + "/"
files = {
    getattr(m, "__file__", None) or ""
    for m in list(sys.modules.values())
    if getattr(getattr(m, "__spec__", None), "origin", None) != "frozen"
}
def frozen_file(name):
    _, package, original = _imp.find_frozen(name)
    return (original or name).replace(".", "/") + ("/__init__.py" if package else ".py")
json.dumps({
    "stdlib": sorted(f[len(zip_root):] for f in files if f.startswith(zip_root)),
    "frozen": sorted(frozen_file(name) for name in _imp._frozen_module_names()),
})
`),
);

let doctests = null;
if (fullStdlib) {
  const full = await loadPyodide({ indexURL: base, lockFileURL, stdLibURL: path.resolve(fullStdlib) });
  full.mountNodeFS("/sources", path.resolve(path.dirname(new URL(import.meta.url).pathname), "../.."));
  doctests = JSON.parse(
    full.runPython(`
import sys
sys.path.insert(0, "/sources")
import doctest, importlib, json, pkgutil, composer
assert composer.__file__ == "/sources/composer/__init__.py", composer.__file__
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
}

console.log(
  JSON.stringify({
    python: pyodide.runPython("import sys; sys.version.split()[0]"),
    doctests,
    answers,
    stdlib,
    frozen,
    ms: { start_and_wheel: t1 - t0, import: t2 - t1 },
  }),
);

// Compile Python to bytecode with Pyodide's own Python (3.14), at build time.
// CPython on the build machine is another version, and its .pyc would not load.
//
//   node hooks/compile_pyc.mjs SITE_PYODIDE_DIR FULL_STDLIB.zip STDLIB.zip WHEEL.whl
//
// Rewrites STDLIB.zip and the composer's modules in WHEEL.whl as bytecode only, with
// docstrings and asserts stripped (-OO): nothing at run time reads them, and sources
// beside the bytecode would be bytes no reader uses. The composer's doctests run from
// its sources (tests/pyodide/run.mjs). Hash-based, unchecked .pyc: valid whatever the
// files' dates; each sits where its source was, so Python imports it without one.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, fullStdlib, stdlibZip, wheel] = process.argv.slice(2);
const base = path.resolve(pyodideDir) + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(base, "pyodide.mjs")).href);
// The npm package's own lock: the site's is written after this step.
const lockFileURL = path.join(path.dirname(path.resolve(fullStdlib)), "pyodide-lock.json");
const pyodide = await loadPyodide({ indexURL: base, stdLibURL: path.resolve(fullStdlib), lockFileURL });
pyodide.FS.writeFile("/tmp/stdlib.zip", await readFile(stdlibZip));
pyodide.FS.writeFile("/tmp/wheel.whl", await readFile(wheel));
pyodide.runPython(`
import os, py_compile, zipfile

def compiled(name, source, optimize):
    os.makedirs("/tmp/build", exist_ok=True)
    path = "/tmp/build/" + name.replace("/", "__")
    with open(path, "wb") as handle:
        handle.write(source)
    py_compile.compile(path, cfile=path + "c", dfile=name, doraise=True, optimize=optimize,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    with open(path + "c", "rb") as handle:
        return handle.read()

def entry(name):
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info

with zipfile.ZipFile("/tmp/stdlib.zip") as source, \\
     zipfile.ZipFile("/tmp/stdlib-out.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
    for name in sorted(source.namelist()):
        data = source.read(name)
        if name.endswith(".py"):
            out.writestr(entry(name + "c"), compiled(name, data, 2))
        else:
            out.writestr(entry(name), data)

with zipfile.ZipFile("/tmp/wheel.whl") as source, \\
     zipfile.ZipFile("/tmp/wheel-out.whl", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
    for info in source.infolist():
        data = source.read(info.filename)
        if info.filename.startswith("composer/") and info.filename.endswith(".py"):
            out.writestr(entry(info.filename + "c"), compiled(info.filename, data, 2))
        else:
            out.writestr(info, data)
`);
await writeFile(stdlibZip, pyodide.FS.readFile("/tmp/stdlib-out.zip"));
await writeFile(wheel, pyodide.FS.readFile("/tmp/wheel-out.whl"));

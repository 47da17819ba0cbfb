// What the calendar data costs inside Pyodide: the first compose of a request
// without a region, and of the same request with a region and two time zones,
// each in a fresh interpreter (the first use reads holidays.json and zones.json
// and imports zoneinfo). Alternates the two, RUNS times each.
//
//   node bench/calendar-cost.mjs SITE_PYODIDE_DIR PLAIN.json REGIONAL.json [RUNS]
//
// Prints one JSON object: {plain: [ms...], regional: [ms...], import: [ms...]}.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, plainFile, regionalFile, runs = "7"] = process.argv.slice(2);
const base = path.resolve(pyodideDir) + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(base, "pyodide.mjs")).href);
const lockFileURL = path.join(base, "pyodide-lock.json");
// The standard library sits under a folder named by its hash; the lock file names it.
const stdLibURL = path.join(base, JSON.parse(await readFile(lockFileURL, "utf-8")).stdlib.file_name);
const requests = {
  plain: await readFile(plainFile, "utf-8"),
  regional: await readFile(regionalFile, "utf-8"),
};
const result = { plain: [], regional: [], import: [] };
for (let run = 0; run < Number(runs); run++) {
  for (const kind of run % 2 ? ["regional", "plain"] : ["plain", "regional"]) {
    const pyodide = await loadPyodide({ indexURL: base, lockFileURL, stdLibURL });
    await pyodide.loadPackage("composer", { messageCallback: () => {} });
    const t0 = performance.now();
    const composer = pyodide.pyimport("composer");
    const t1 = performance.now();
    JSON.parse(composer.call("compose", requests[kind]));
    const t2 = performance.now();
    result[kind].push(t2 - t1);
    result.import.push(t1 - t0);
  }
}
console.log(JSON.stringify(result));

// Python's big downloads, started early and left in the HTTP cache, where the composer's own
// requests for the same files join them rather than start again (tests/browser/test_prefetch.py).
// Used by guide pages on intent (prefetch.mjs, low priority) and by the composer's worker on
// a first visit, before its imports have asked for anything (composer-worker.mjs).
import { CORE_FILES } from "./composer-config.mjs";

async function take(url, priority) {
  const response = await fetch(url, { priority });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // Read to the end, so the whole file lands in the cache; blob() does it without a
  // JavaScript step per chunk.
  await response.blob();
}

/**
 * Python's core files, then the wheel the lock file names, as the worker will fetch them.
 * ``lock`` is the lock file's contents when the caller has fetched it already (the worker).
 */
export async function warmPython(pyodideBase, priority = "low", lock = null) {
  const core = CORE_FILES.map((file) => take(new URL(file, pyodideBase), priority));
  lock = await (lock ?? fetch(new URL("pyodide-lock.json", pyodideBase), { cache: "no-cache", priority }).then((r) => r.json()));
  const wheels = Object.values(lock.packages ?? {}).map((entry) => take(new URL(entry.file_name, pyodideBase), priority));
  await Promise.all([...core, ...wheels]);
}

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

/** The lock file, always revalidated: it names the standard library and the wheel by content. */
export function fetchLock(pyodideBase, priority = "auto") {
  return fetch(new URL("pyodide-lock.json", pyodideBase), { cache: "no-cache", priority }).then((response) => {
    if (!response.ok) throw new Error(`the lock file could not be loaded (HTTP ${response.status})`);
    return response.json();
  });
}

/**
 * Python's core files, then the standard library and the wheel the lock file names, as the
 * worker will fetch them. ``lock`` is the lock file's contents when the caller has fetched
 * it already (the worker).
 */
export async function warmPython(pyodideBase, priority = "low", lock = null) {
  const core = CORE_FILES.map((file) => take(new URL(file, pyodideBase), priority));
  lock = await (lock ?? fetchLock(pyodideBase, priority));
  const named = [lock.stdlib, ...Object.values(lock.packages ?? {})].filter(Boolean);
  await Promise.all([...core, ...named.map((entry) => take(new URL(entry.file_name, pyodideBase), priority))]);
}

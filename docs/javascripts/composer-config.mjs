// Facts shared by the composer's scripts, kept in one place. Python's side of
// the same facts lives in the build hooks; tests/test_site.py checks they agree.

/** Cache Storage name for the Python start-up snapshot (cleared by "Clear my data"). */
export const SNAPSHOT_CACHE = "after-the-interview:python";

/**
 * Pyodide's core files, as hooks/pyodide_assets.py copies them into site/pyodide/. The
 * standard library and the wheel are ours, under names the lock file gives (by content).
 */
export const CORE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"];

/** Loading stages the worker reports: downloading Python, starting the composer, ready. */
export const STAGES = 3;
// Loading that shows no progress for this long offers a retry (stated on the page as it happens).
export const STALL_SECONDS = 45;

/** Every localStorage key the composer writes starts with this. */
export const STORAGE_PREFIX = "after-the-interview:";

/** What the plan says before there is an interview to plan from. */
export const PLAN_PLACEHOLDER = "Enter the date and time of your interview, and the plan appears here.";

/** What the drafts area says before there is anything to draft. */
export const DRAFTS_PLACEHOLDER = "Your drafts appear here once you have entered when the interview was and who you met.";

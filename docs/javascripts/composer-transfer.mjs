// The export file: what Export writes and Import reads. Each application in it is
// checked by composer-record.mjs, like everything storage holds.
import { checkRecord, LIMITS } from "./composer-record.mjs";
import { blankApp } from "./composer-store.mjs";

export const EXPORT_SCHEMA = "after-the-interview/applications";
export const EXPORT_VERSION = 3; // 3: records hold rounds and a history (an older page refuses, not drops, them)

/** The applications as a file a reader can keep, or import in another browser. */
export function exportText(apps) {
  return JSON.stringify({ schema: EXPORT_SCHEMA, version: EXPORT_VERSION, exported: new Date().toISOString(), applications: apps }, null, 2);
}

/**
 * Parse an exported file. Returns {apps, skipped, error}; each application keeps
 * its id, and the page decides what to do with one it already holds (never overwrite).
 */
export function parseImport(text) {
  const refuse = (error) => ({ apps: [], skipped: [], error });
  if (text.length > LIMITS.fileBytes) {
    return refuse(tooLarge(text.length));
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse("This file isn't JSON, so nothing was imported.");
  }
  if (data?.schema !== EXPORT_SCHEMA || !Array.isArray(data.applications)) {
    return refuse("This file isn't an export from this composer, so nothing was imported.");
  }
  if (!Number.isInteger(data.version)) {
    return refuse("This file doesn't say which version of the export it is, so nothing was imported.");
  }
  if (!(data.version >= 1 && data.version <= EXPORT_VERSION)) {
    return refuse(`This export is version ${data.version}; this page reads up to version ${EXPORT_VERSION}. Nothing was imported.`);
  }
  if (data.applications.length > LIMITS.applications) {
    return refuse(`This file holds ${data.applications.length} applications; the composer imports up to ${LIMITS.applications} at a time. Nothing was imported.`);
  }
  const apps = [];
  const skipped = [];
  data.applications.forEach((item, index) => {
    const { record, error } = checkRecord(item);
    if (error) {
      skipped.push(`item ${index + 1}: ${error}`);
      return;
    }
    const app = blankApp(record.fields); // brought up to this version, as storage would be
    // The file's id is kept, so importing the same file again is recognised; what
    // was typed counts as typed, so it is saved and its errors show.
    const typed = Object.entries(record.fields).filter(([, value]) => (Array.isArray(value) ? value.length : value)).map(([name]) => name);
    apps.push({ ...app, id: record.id ?? app.id, edits: record.edits, touched: record.touched.length ? record.touched : typed, archived: record.archived, summary: record.summary, created: record.created || app.created });
  });
  return { apps, skipped, error: null };
}

/** What Import says about a file over the stated limit, whichever check finds it. */
export function tooLarge(bytes) {
  return `This file is ${(bytes / 1_000_000).toFixed(1)} MB; the composer imports files up to ${LIMITS.fileBytes / 1_000_000} MB. Nothing was imported.`;
}

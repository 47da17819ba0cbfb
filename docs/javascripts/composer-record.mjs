// One shape for an application record, checked in one place: for what storage holds,
// what a file brings in, and what a migration starts from. A record that doesn't fit
// is set aside with a reason, never loaded into the page, so it can't stop the others.

/** Limits stated on the page (composer.md), and checked here. */
export const LIMITS = Object.freeze({
  fileBytes: 5_000_000, // an import file: far above any real export (a few KB per application)
  applications: 500, // in one file, and kept in this browser
  fields: 200, // named fields in one record
  rows: 60, // people, rounds or history entries in one list
  text: 20_000, // characters in one field, or one edited draft
});

// Fields whose value is a list of rows (a row: names to text, and a round's `people`).
const LISTS = new Set(["interviewers", "rounds", "history", "sent"]);

const plain = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const text = (value) => typeof value === "string" && value.length <= LIMITS.text;

/** A row of a list field, or null when it isn't one: names to text (a round's people, rows too). */
function row(value, { people = false } = {}) {
  if (!plain(value) || Object.keys(value).length > LIMITS.fields) return null;
  const out = {};
  for (const [name, item] of Object.entries(value)) {
    if (people && name === "people") {
      const inner = rows(item);
      if (inner === null) return null;
      out.people = inner;
    } else if (text(item)) out[name] = item;
    else if (item === null || item === undefined) out[name] = "";
    else return null;
  }
  return out;
}

function rows(value, options) {
  if (!Array.isArray(value) || value.length > LIMITS.rows) return null;
  const out = [];
  for (const item of value) {
    if (item === null || item === undefined) continue; // an empty slot holds nothing to keep
    const checked = row(item, options);
    if (checked === null) return null;
    out.push(checked);
  }
  return out;
}

/**
 * ``value`` as an application record this page can open, or the reason it can't.
 *
 * Returns ``{record}`` (a fresh object: fields, edits, touched, archived and the
 * dates, cleaned) or ``{error}``. Nothing from ``value`` is kept by reference.
 */
export function checkRecord(value) {
  if (!plain(value) || !plain(value.fields)) return { error: "it has no readable form fields" };
  const names = Object.keys(value.fields);
  if (names.length > LIMITS.fields) return { error: "it has too many fields" };
  const fields = {};
  for (const name of names) {
    const item = value.fields[name];
    if (LISTS.has(name)) {
      const list = rows(item, { people: name === "rounds" });
      if (list === null) return { error: `its "${name}" isn't a list of rows` };
      fields[name] = list;
    } else if (text(item)) fields[name] = item;
    else if (item === null) fields[name] = "";
    else return { error: typeof item === "string" ? `its "${name}" is too long` : `its "${name}" isn't text` };
  }
  const edits = {};
  if (plain(value.edits) && Object.keys(value.edits).length <= LIMITS.fields) {
    for (const [key, edit] of Object.entries(value.edits)) {
      // An edit is the reader's own letter: kept when it is one, dropped when it holds nothing.
      const checked = row(edit);
      if (checked) edits[key] = { ...checked, subject: checked.subject ?? "", body: checked.body ?? "" };
      else if (edit !== null && edit !== undefined) return { error: "one of its edited drafts isn't readable" };
    }
  }
  const touched = Array.isArray(value.touched) ? value.touched.filter((name) => typeof name === "string").slice(0, LIMITS.fields * 4) : [];
  const when = (stamp) => (typeof stamp === "string" && stamp.length <= 40 ? stamp : "");
  const record = {
    fields,
    edits,
    touched,
    archived: value.archived === true,
    created: when(value.created),
    updated: when(value.updated),
    summary: row(value.summary) ?? {},
  };
  if (value.example === true) record.example = true;
  if (typeof value.id === "string" && /^[\w-]{1,40}$/.test(value.id)) record.id = value.id;
  if (Number.isInteger(value.version)) record.version = value.version;
  return { record };
}

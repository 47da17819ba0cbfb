// The reader's applications, kept in this browser's localStorage only.
//
// Each application is stored under its own key, so two tabs editing different
// applications never overwrite each other; for the same application the last
// write wins, and the other tab is told. Storage that is blocked, full or holds
// something unreadable never stops the composer: the store says what happened.
import { STORAGE_PREFIX } from "./composer-config.mjs";
import { checkRecord, LIMITS } from "./composer-record.mjs";
import { localZone } from "./composer-time.mjs";

const APP_PREFIX = `${STORAGE_PREFIX}app:`;
const LAST = `${STORAGE_PREFIX}last`;
const LEGACY = `${STORAGE_PREFIX}composer:v1`; // one form, before applications existed
export const EXPORT_SCHEMA = "after-the-interview/applications";
export const EXPORT_VERSION = 3; // 3: records hold rounds and a history (an older page refuses, not drops, them)

function usableStorage() {
  try {
    const probe = `${STORAGE_PREFIX}probe`;
    localStorage.setItem(probe, "1");
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return null; // blocked (privacy settings, some embedded views) or already full
  }
}

export function newId() {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const RECORD_VERSION = 5;

export function blankApp(fields = {}) {
  const now = new Date().toISOString();
  return migrate({ id: newId(), version: RECORD_VERSION, fields, edits: {}, touched: [], archived: false, created: now, updated: now, summary: {} });
}

/**
 * Bring a record saved by an earlier version up to this one; returns the same object.
 *
 * Version 2 (and the single form before it) stored times without a zone: they were
 * typed on this browser's clock, so they get this browser's zone, once, and keep it
 * from then on wherever the application is opened. Version 3 kept one reply and a
 * list of messages sent; version 4 holds earlier rounds and a history (below);
 * version 5 asks what was discussed once, per person (foldPoints).
 */
export function migrate(app) {
  const fields = app.fields;
  if (!fields.reader_time_zone) fields.reader_time_zone = localZone();
  carryHistory(app);
  foldPoints(app);
  if (!Array.isArray(fields.rounds)) fields.rounds = [];
  app.version = RECORD_VERSION;
  return app;
}

/**
 * Version 3 and before kept the messages sent as rows (`sent`) and one reply slot
 * (`reply.kind`, `reply.date`, `reply.new_date`). Version 4 keeps one history,
 * never overwritten: each becomes an entry, in date order, and the old fields go.
 */
function carryHistory(app) {
  const fields = app.fields;
  const history = Array.isArray(fields.history) ? fields.history : [];
  const carried = [];
  for (const row of Array.isArray(fields.sent) ? fields.sent : []) {
    if (row && typeof row === "object") carried.push({ what: `sent:${row.kind || "thank_you"}`, date: row.date ?? "", to: row.to ?? "" });
  }
  const reply = fields["reply.kind"];
  if (typeof reply === "string" && reply) {
    carried.push({ what: `reply:${reply}`, date: fields["reply.date"] ?? "", new_date: reply === "new_date" ? (fields["reply.new_date"] ?? "") : "" });
  }
  if (!carried.length && Array.isArray(fields.history)) return;
  const rows = [...history, ...carried].map((row, index) => ({ row, index }));
  rows.sort((a, b) => String(a.row.date).localeCompare(String(b.row.date)) || a.index - b.index);
  fields.history = rows.map(({ row }) => row);
  for (const name of ["sent", "reply.kind", "reply.date", "reply.new_date"]) delete fields[name];
  // Errors show on fields the reader has touched: the carried entries were typed.
  const touched = (app.touched ?? []).filter((name) => !/^(sent\.|reply\.)/.test(name));
  fields.history.forEach((_, index) => touched.push(`history.${index}.date`));
  app.touched = [...new Set(touched)];
}

/**
 * Version 4 and before also asked for points "you discussed" for the whole
 * interview (`points.0`...), beside each person's own. Version 5 asks once, per
 * person: each point goes to the first person without one, a point already given
 * to someone is dropped as a repeat, and any left over joins the first person's.
 */
function foldPoints(app) {
  const fields = app.fields;
  const names = Object.keys(fields).filter((name) => /^points\.\d+$/.test(name)).sort();
  const points = names.map((name) => String(fields[name] ?? "").trim()).filter(Boolean);
  for (const name of names) delete fields[name];
  app.touched = (app.touched ?? []).filter((name) => !/^points\./.test(name));
  if (!points.length) return;
  if (!Array.isArray(fields.interviewers)) fields.interviewers = [];
  const people = fields.interviewers;
  if (!people.length || !people[0] || typeof people[0] !== "object") people[0] = { ...(people[0] ?? {}) };
  const said = (person) => String(person?.point ?? "").trim();
  const known = new Set(people.map((person) => said(person).toLowerCase()).filter(Boolean));
  for (const point of points) {
    if (known.has(point.toLowerCase())) continue;
    known.add(point.toLowerCase());
    const free = people.find((person) => person && typeof person === "object" && !said(person));
    if (free) free.point = point;
    else people[0].point = `${said(people[0])}; ${point}`;
  }
}

/** Whether the reader has put anything into ``app`` worth keeping. */
export function hasContent(app) {
  return Boolean(app.example || app.touched?.length > 0 || Object.keys(app.edits ?? {}).length > 0);
}

/** Whether ``value`` is an application this page can open (composer-record.mjs). */
export function isApp(value) {
  return !checkRecord(value).error;
}

export class Store {
  constructor() {
    this.storage = usableStorage();
    this.problem = this.storage ? null : "blocked"; // "blocked" | "full" | "unreadable"
    this.written = new Map(); // what this tab last wrote per key, to tell our writes from others'
  }

  /** Every readable application, oldest first; unreadable ones are left untouched. */
  all() {
    if (!this.storage) return [];
    this.#migrateLegacy();
    const apps = [];
    const stale = []; // migrated now: saved back once the loop is done, so a zone is fixed once
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (!key?.startsWith(APP_PREFIX)) continue;
      try {
        // Checked before anything reads it: a malformed record is left where it is,
        // unread, and can't stop the others (or the composer) from loading.
        const raw = this.storage.getItem(key);
        const { record, error } = checkRecord(JSON.parse(raw));
        if (!this.written.has(key)) this.written.set(key, raw); // the base a later merge counts from
        if (error) {
          this.problem = "unreadable";
          continue;
        }
        const old = record.version !== RECORD_VERSION;
        apps.push(migrate({ ...record, id: key.slice(APP_PREFIX.length) }));
        if (old) stale.push(apps.at(-1));
      } catch {
        this.problem = "unreadable";
      }
    }
    for (const app of stale) this.save(app, { touch: false });
    return apps.sort((a, b) => String(a.created).localeCompare(String(b.created)));
  }

  /**
   * Save one application; false when storage refused it. When another tab has written
   * it since this tab last did, their changes are merged in first, field by field
   * (``app`` is changed in place; ``this.merged`` names the fields that came from them).
   */
  save(app, { touch = true } = {}) {
    if (touch) app.updated = new Date().toISOString();
    this.merged = [];
    if (!this.storage) return false;
    const key = APP_PREFIX + app.id;
    this.adopt(app);
    const text = JSON.stringify(app);
    try {
      this.storage.setItem(key, text);
      if (touch) this.storage.setItem(LAST, app.id);
      this.written.set(key, text);
      if (this.problem === "full") this.problem = null;
      return true;
    } catch {
      this.problem = "full";
      return false;
    }
  }

  /**
   * Save every one of ``apps``, or none: each is written, then read back; if any write
   * fails or reads back different, the ones written are removed again. Returns
   * {ok, bytes}: ``bytes`` is the size the applications need in storage.
   */
  saveAll(apps) {
    const texts = apps.map((app) => [APP_PREFIX + app.id, JSON.stringify(app)]);
    const bytes = texts.reduce((sum, [key, text]) => sum + 2 * (key.length + text.length), 0);
    if (!this.storage) return { ok: false, bytes };
    const written = [];
    try {
      for (const [key, text] of texts) {
        this.storage.setItem(key, text);
        written.push(key);
      }
      if (texts.every(([key, text]) => this.storage.getItem(key) === text)) {
        for (const [key, text] of texts) this.written.set(key, text);
        return { ok: true, bytes };
      }
    } catch {
      // Full (or failing) storage: undo below, so the import is all or nothing.
    }
    for (const key of written) this.remove(key.slice(APP_PREFIX.length));
    return { ok: false, bytes };
  }

  /**
   * Take what another tab has stored for ``app`` since this tab last wrote it: every field
   * this tab hasn't changed since then takes their value; the ones it has keep this tab's.
   * Always what storage holds now, never an older event's copy. Returns the names of the
   * fields that changed here (also in ``this.merged``).
   */
  adopt(app) {
    const key = APP_PREFIX + app.id;
    this.merged = [];
    let theirsText;
    let base;
    let theirs;
    try {
      theirsText = this.storage?.getItem(key);
      if (!theirsText || !this.written.has(key) || theirsText === this.written.get(key)) return [];
      base = JSON.parse(this.written.get(key));
      theirs = checkRecord(JSON.parse(theirsText)).record;
    } catch {
      return []; // unreadable: this tab's version stands
    }
    if (!theirs) return [];
    const same = (a, b) => JSON.stringify(a ?? "") === JSON.stringify(b ?? "");
    const taken = [];
    for (const name of new Set([...Object.keys(app.fields), ...Object.keys(theirs.fields)])) {
      const mineChanged = base && !same(app.fields[name], base.fields?.[name]);
      if (!mineChanged && !same(app.fields[name], theirs.fields[name])) {
        app.fields[name] = theirs.fields[name] ?? "";
        taken.push(name);
      }
    }
    for (const name of new Set([...Object.keys(app.edits), ...Object.keys(theirs.edits)])) {
      if (base && !same(app.edits[name], base.edits?.[name])) continue;
      if (theirs.edits[name]) app.edits[name] = theirs.edits[name];
      else delete app.edits[name];
    }
    app.touched = [...new Set([...app.touched, ...theirs.touched])];
    if (!base || same(app.archived, base.archived)) app.archived = theirs.archived;
    this.written.set(key, theirsText);
    this.merged = taken;
    return taken;
  }

  remove(id) {
    try {
      this.storage?.removeItem(APP_PREFIX + id);
    } catch {
      // Nothing to do: a failed removal leaves the application where it was.
    }
  }

  /**
   * Remove every key this composer has ever written (any version, readable or not) and
   * return them as they were, so Undo can put back exactly what was there.
   */
  removeAll() {
    const kept = {};
    if (!this.storage) return kept;
    try {
      for (let i = this.storage.length - 1; i >= 0; i--) {
        const key = this.storage.key(i);
        if (key?.startsWith(STORAGE_PREFIX)) kept[key] = this.storage.getItem(key);
      }
      for (const key of Object.keys(kept)) this.storage.removeItem(key);
    } catch {
      // Storage that fails midway keeps what it kept; the page says what it could.
    }
    if (this.problem === "unreadable") this.problem = null;
    return kept;
  }

  /** Put back what removeAll() returned. */
  restoreAll(kept) {
    try {
      for (const [key, value] of Object.entries(kept)) this.storage?.setItem(key, value);
    } catch {
      this.problem = "full";
    }
  }

  lastOpened() {
    try {
      return this.storage?.getItem(LAST) ?? null;
    } catch {
      return null;
    }
  }

  /** Call ``listener(id, app | null)`` when another tab changes or deletes an application. */
  onOtherTab(listener) {
    addEventListener("storage", (event) => {
      if (!event.key?.startsWith(APP_PREFIX) || this.written.get(event.key) === event.newValue) return;
      let app = null;
      try {
        app = event.newValue ? JSON.parse(event.newValue) : null;
      } catch {
        app = null;
      }
      listener(event.key.slice(APP_PREFIX.length), isApp(app) ? app : null);
    });
  }

  /** The applications as a file a reader can keep, or import in another browser. */
  exportText(apps) {
    return JSON.stringify({ schema: EXPORT_SCHEMA, version: EXPORT_VERSION, exported: new Date().toISOString(), applications: apps }, null, 2);
  }

  /**
   * Parse an exported file. Returns {apps, skipped, error}; each application keeps
   * its id, and the page decides what to do with one it already holds (never overwrite).
   */
  parseImport(text) {
    const refuse = (error) => ({ apps: [], skipped: [], error });
    if (text.length > LIMITS.fileBytes) {
      return refuse(`This file is ${megabytes(text.length)}; the composer imports files up to ${megabytes(LIMITS.fileBytes)}. Nothing was imported.`);
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

  #migrateLegacy() {
    let raw;
    try {
      raw = this.storage.getItem(LEGACY);
    } catch {
      return;
    }
    if (raw === null) return;
    try {
      const { record, error } = checkRecord(JSON.parse(raw));
      if (!error && this.save({ ...blankApp(record.fields), touched: record.touched })) this.storage.removeItem(LEGACY);
      else if (error) this.problem = "unreadable"; // left where it is, untouched
    } catch {
      this.problem = "unreadable"; // left where it is, untouched
    }
  }
}

const TAB_CURRENT = `${STORAGE_PREFIX}tab-current`; // sessionStorage: each tab keeps its own
export const tab = {
  get: () => {
    try {
      return sessionStorage.getItem(TAB_CURRENT);
    } catch {
      return null;
    }
  },
  set: (id) => {
    try {
      if (id) sessionStorage.setItem(TAB_CURRENT, id);
      else sessionStorage.removeItem(TAB_CURRENT);
    } catch {
      // Blocked storage: this tab simply opens the last application next time.
    }
  },
};

function megabytes(length) {
  return `${(length / 1_000_000).toFixed(1)} MB`;
}

/** Offer ``text`` as a file to save. */
export function download(name, type, text) {
  const link = document.createElement("a");
  link.href = `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  link.download = name;
  link.click();
}

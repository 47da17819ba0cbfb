// The reader's applications, kept in this browser's localStorage only.
//
// Each application is stored under its own key, so two tabs editing different
// applications never overwrite each other; for the same application each save first
// merges what the other tab stored, field by field, and the other tab is told. Storage that is blocked, full or holds
// something unreadable never stops the composer: the store says what happened.
import { STORAGE_PREFIX } from "./composer-config.mjs";
import { checkRecord } from "./composer-record.mjs";
import { migrate, RECORD_VERSION } from "./composer-migrate.mjs";

const APP_PREFIX = `${STORAGE_PREFIX}app:`;
const LAST = `${STORAGE_PREFIX}last`;
const LEGACY = `${STORAGE_PREFIX}composer:v1`; // one form, before applications existed

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


export function blankApp(fields = {}) {
  const now = new Date().toISOString();
  return migrate({ id: newId(), version: RECORD_VERSION, fields, edits: {}, touched: [], archived: false, created: now, updated: now, summary: {} });
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

  /** One stored application, checked and brought up to date; null when gone or unreadable. */
  one(id) {
    const key = APP_PREFIX + id;
    try {
      const raw = this.storage?.getItem(key);
      if (raw === null || raw === undefined) return null;
      const { record, error } = checkRecord(JSON.parse(raw));
      if (error) return null;
      if (!this.written.has(key)) this.written.set(key, raw);
      return migrate({ ...record, id });
    } catch {
      return null;
    }
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

/** Offer ``text`` as a file to save. */
export function download(name, type, text) {
  const link = document.createElement("a");
  link.href = `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  link.download = name;
  link.click();
}

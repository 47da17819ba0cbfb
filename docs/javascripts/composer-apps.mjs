// The reader's applications: the list as a tracker (each with its company and
// role, its round, where it stands and its next date, soonest first; archived
// ones apart), and what its buttons, the example, clearing, import and export do.
import { SNAPSHOT_CACHE } from "./composer-config.mjs";
import { FormView } from "./composer-form.mjs";
import { blankApp, download, hasContent, newId, tab } from "./composer-store.mjs";
import { LIMITS } from "./composer-record.mjs";
import { parseImport, tooLarge } from "./composer-transfer.mjs";
import { lastWorkingDay, localNow } from "./composer-time.mjs";

export class AppsView {
  constructor(root, actions) {
    this.root = root;
    this.actions = actions; // {open(id), duplicate(id), archive(id, archived), remove(id)}
  }

  show(apps, currentId) {
    const live = ordered(apps.filter((app) => !app.archived));
    const archived = apps.filter((app) => app.archived);
    this.root.querySelector("#apps-list").replaceChildren(...live.map((app) => this.#item(app, app.id === currentId)));
    this.root.querySelector("#apps-archived-list").replaceChildren(...archived.map((app) => this.#item(app, app.id === currentId)));
    // The switcher's own line: the application on screen, and where it stands.
    const current = apps.find((app) => app.id === currentId);
    this.root.querySelector("#apps-current").textContent = current ? title(current) : "New application";
    const { round, status } = current?.summary ?? {};
    this.root.querySelector("#apps-current-status").textContent = [round, status].filter(Boolean).join(" · ");
    const box = this.root.querySelector("#apps-archived");
    box.hidden = archived.length === 0;
    box.querySelector("summary").textContent = `Archived (${archived.length})`;
  }

  #item(app, current) {
    const item = document.createElement("li");
    item.className = "apps__item";
    item.dataset.id = app.id;
    const open = this.#button(title(app), () => this.actions.open(app.id), "apps__open");
    if (current) open.setAttribute("aria-current", "true");
    const status = document.createElement("span");
    status.className = "apps__status";
    const { round, status: words } = app.summary ?? {};
    status.textContent = [round, words].filter(Boolean).join(" · ") || "Not planned yet";
    const tools = document.createElement("span");
    tools.className = "apps__tools";
    tools.append(
      this.#button("Duplicate", () => this.actions.duplicate(app.id), "", `Duplicate ${title(app)}`),
      this.#button(app.archived ? "Restore" : "Archive", () => this.actions.archive(app.id, !app.archived), "", `${app.archived ? "Restore" : "Archive"} ${title(app)}`),
      this.#button("Delete", () => this.actions.remove(app.id), "", `Delete ${title(app)}`),
    );
    item.append(open, status, tools);
    return item;
  }

  #button(text, onClick, className = "", label = "") {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `md-button apps__button ${className}`.trim();
    button.textContent = text;
    if (label) button.setAttribute("aria-label", label);
    button.addEventListener("click", onClick);
    return button;
  }
}

/** "Northwind Health · Product Designer", or a placeholder for a fresh one. */
export function title(app) {
  const parts = [app.fields?.company, app.fields?.role].map((part) => (part ?? "").trim()).filter(Boolean);
  return parts.length ? parts.join(" · ") : "New application";
}

/** Soonest next step first; those with nothing due keep their order, after them; archived last. */
function ordered(apps) {
  const due = (app) => (app.archived ? "~" : "") + (app.summary?.due || "9999");
  return [...apps].sort((a, b) => due(a).localeCompare(due(b)));
}

function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}

function sameFields(a, b) {
  return JSON.stringify(a.fields) === JSON.stringify(b.fields);
}

const CSV_COLUMNS = [
  ["Company", ({ app }) => app.fields.company],
  ["Role", ({ app }) => app.fields.role],
  ["Round", ({ summary }) => summary.round],
  ["Status", ({ summary }) => summary.status],
  ["Next step", ({ summary }) => summary.next],
  ["Next date", ({ summary }) => summary.due],
  ["Interview dates", ({ app }) => [...(app.fields.rounds ?? []).map((round) => round.date), app.fields.interview_date].filter(Boolean).join(" ")],
  ["Last contact", ({ summary }) => summary.last_contact],
  ["Archived", ({ app }) => (app.archived ? "yes" : "no")],
];

/**
 * Rows as RFC 4180 CSV (quoted where needed, CRLF). A cell that a spreadsheet would
 * run as a formula (=, +, -, @) starts with an apostrophe, so typed text stays text.
 */
export function toCsv(rows) {
  const cell = (value) => {
    let text = String(value ?? "");
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.map(([name]) => name), ...rows.map((row) => CSV_COLUMNS.map(([, get]) => get(row)))];
  return `\ufeff${lines.map((line) => line.map(cell).join(",")).join("\r\n")}\r\n`;
}

/**
 * One .ics holding every event of several calendars, read as RFC 5545 lines (a typed
 * "END:VEVENT" inside a summary is text, not a boundary). A UID met twice (a duplicated
 * application) gets a suffix, so a calendar keeps both events.
 */
export function mergeCalendars(texts) {
  const head = [];
  const events = [];
  const uids = new Set();
  for (const [index, text] of texts.entries()) {
    let event = null;
    for (const line of text.split("\r\n")) {
      // A folded line continues the one before it (it starts with a space or a tab).
      if (event && /^[ \t]/.test(line)) {
        event.push(line);
        continue;
      }
      if (line === "BEGIN:VEVENT") event = [line];
      else if (event && line === "END:VEVENT") {
        event.push(line);
        events.push(unique(event, uids));
        event = null;
      } else if (event) event.push(line);
      else if (index === 0 && line && !/^(END|BEGIN):VCALENDAR$/.test(line)) head.push(line);
    }
  }
  if (!events.length) return null;
  return ["BEGIN:VCALENDAR", ...head, ...events.flat(), "END:VCALENDAR", ""].join("\r\n");
}

function unique(event, uids) {
  const at = event.findIndex((line) => line.startsWith("UID:"));
  if (at < 0) return event;
  let uid = event[at].slice(4);
  for (let n = 2; uids.has(uid); n++) uid = event[at].slice(4).replace(/^([^@]*)/, `$1-${n}`);
  uids.add(uid);
  event[at] = `UID:${uid}`;
  return event;
}

/** What the application buttons do, on behalf of the page (composer-page.mjs). */
export class Applications {
  constructor(page) {
    this.page = page;
  }

  duplicate(id) {
    const source = this.page.apps.find((app) => app.id === id);
    this.page.switchTo(this.page.addApp({ ...blankApp(structuredClone(source.fields)), summary: source.summary }));
  }

  archive(id, archived) {
    const app = this.page.apps.find((candidate) => candidate.id === id);
    app.archived = archived;
    this.page.store.save(app);
    this.page.list.show(this.page.apps, this.page.app.id);
    this.page.announce(`${archived ? "Archived" : "Restored"} ${title(app)}.`);
  }

  remove(id) {
    const app = this.page.apps.find((candidate) => candidate.id === id);
    this.page.apps = this.page.apps.filter((candidate) => candidate !== app);
    this.page.store.remove(id);
    if (this.page.app === app) this.page.app = this.page.apps.find((other) => !other.archived) ?? this.page.addApp(this.page.newApp());
    this.page.loadApp();
    this.page.compose();
    this.offerUndo("#apps-message", `Deleted ${title(app)}.`, () => this.page.switchTo(this.page.addApp(app)));
  }

  example() {
    const fields = JSON.parse(document.getElementById("composer-example").dataset.case);
    const app = { ...blankApp({ ...fields, interview_date: lastWorkingDay() }), example: true };
    this.page.switchTo(this.page.addApp(app));
    this.page.announce("Loaded an example. It is made up: change anything, or start a new application.");
  }

  clear() {
    const saved = this.page.apps;
    const kept = this.page.store.removeAll();
    // Also the cached Python start-up snapshot: it holds nothing typed, but "clear" means all.
    globalThis.caches?.delete(SNAPSHOT_CACHE).catch(() => {});
    tab.set(null);
    this.page.app = this.page.newApp(); // saved once the reader types into it
    this.page.apps = [this.page.app];
    this.page.loadApp();
    this.page.compose();
    this.offerUndo("#apps-tools-message", "Your data has been cleared from this browser.", () => {
      this.page.store.restoreAll(kept); // every key as it was, unreadable ones too
      for (const app of saved) if (hasContent(app)) this.page.store.save(app, { touch: false });
      const stored = this.page.store.all();
      this.page.apps = stored.length ? stored : saved; // storage may be blocked: keep what we held
      this.page.switchTo(this.page.apps.find((app) => !app.archived) ?? this.page.apps[0]);
    });
  }

  /** Show ``parts`` in the message beside the buttons at ``where``; an older message elsewhere goes. */
  say(where, ...parts) {
    for (const other of this.page.root.querySelectorAll("#apps-message, #apps-tools-message")) other.replaceChildren();
    const message = this.page.root.querySelector(where);
    message.replaceChildren(...parts);
    return message;
  }

  /** A message with Undo, beside the button the reader pressed (``where``: its message). */
  offerUndo(where, text, undo) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.textContent = "Undo";
    button.addEventListener("click", () => {
      message.replaceChildren();
      undo();
    });
    const message = this.say(where, `${text} `, button);
    // The list above may have shrunk under the reader's finger: keep Undo on screen, and give
    // keyboard focus a home when the button that was pressed has gone with its application.
    message.scrollIntoView({ block: "nearest" });
    if (!document.activeElement || document.activeElement === document.body) button.focus({ preventScroll: true });
  }

  async import(input) {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    if (file.size > LIMITS.fileBytes) {
      this.say("#apps-tools-message", tooLarge(file.size)); // before reading it: it may be huge
      return;
    }
    const { apps, skipped, error } = parseImport(await file.text());
    if (error) {
      this.say("#apps-tools-message", error);
      return;
    }
    // An application already here (the same id, or the same fields) is not added
    // twice without asking: the reader may skip those or keep both.
    const held = (app) => this.page.apps.some((own) => own.id === app.id || sameFields(own, app));
    const known = apps.filter(held);
    const added = apps.filter((app) => !held(app));
    const kept = this.#keepAll(added);
    if (kept.error) {
      this.say("#apps-tools-message", kept.error);
      return;
    }
    const parts = [`Imported ${plural(added.length, "application")}`];
    if (skipped.length) parts.push(`${plural(skipped.length, "application")} in the file couldn't be read and ${skipped.length === 1 ? "was" : "were"} skipped (${skipped.join("; ")})`);
    if (known.length) parts.push(`${plural(known.length, "application")} in the file ${known.length === 1 ? "is" : "are"} already here`);
    this.page.list.show(this.page.apps, this.page.app.id);
    const message = this.say("#apps-tools-message", `${parts.join("; ")}.`);
    if (!known.length) return;
    const choose = (text, keep) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "md-button";
      button.textContent = text;
      button.addEventListener("click", () => {
        const copies = keep ? this.#keepAll(known.map((app) => ({ ...app, id: newId() }))) : { count: 0 };
        this.page.list.show(this.page.apps, this.page.app.id);
        message.textContent = copies.error ?? (keep ? `Kept both: added ${plural(copies.count, "copy", "copies")}.` : "Skipped what was already here.");
      });
      return button;
    };
    message.append(" ", choose("Skip them", false), " ", choose("Keep both", true));
  }

  /**
   * Save imported applications all together, read back, and only then add them to the
   * page: {count} when every one is stored, {error} (nothing added) when any isn't.
   */
  #keepAll(apps) {
    if (this.page.apps.length + apps.length > LIMITS.applications) {
      return { error: `The composer keeps up to ${LIMITS.applications} applications in this browser, and this would make ${this.page.apps.length + apps.length}. Nothing was imported.` };
    }
    const { ok, bytes } = this.page.store.saveAll(apps);
    if (!ok && this.page.store.storage) {
      return { error: `This browser's storage has no room for these applications (they need about ${Math.ceil(bytes / 1000)} KB). Nothing was imported; export and clear old ones to make room.` };
    }
    this.page.apps.push(...apps); // storage blocked: kept for this visit, as the note says
    return { count: apps.length };
  }

  /** Where ``app`` stands today, from Python (its summary is saved with it). */
  async summary(app) {
    const { result } = await this.page.client.call("compose", FormView.request(app.fields, app.edits, localNow()));
    this.page.remember(app, result);
    return app.summary;
  }

  /** Bring every application's line in the list up to today (a date passes between visits). */
  async refreshList() {
    for (const app of [...this.page.apps]) if (app !== this.page.app) await this.summary(app);
    this.page.list.show(this.page.apps, this.page.app.id);
  }

  /** Every application as one CSV row, with where it stands today. */
  async exportCsv() {
    const rows = [];
    for (const app of this.page.apps) await this.summary(app);
    for (const app of ordered(this.page.apps)) rows.push({ app, summary: app.summary });
    download("after-the-interview-applications.csv", "text/csv", toCsv(rows));
    this.page.announce(`Spreadsheet file with ${plural(rows.length, "application")} downloaded.`, true);
  }

  async calendarForAll() {
    const texts = [];
    for (const app of this.page.apps.filter((candidate) => !candidate.archived)) {
      const { result } = await this.page.client.call("compose", FormView.request(app.fields, app.edits, localNow()));
      if (result.ics) texts.push(result.ics);
    }
    const merged = mergeCalendars(texts);
    if (!merged) {
      this.page.announce("No application has a reminder to add yet.", true);
      return;
    }
    download("follow-ups-all.ics", "text/calendar", merged);
    this.page.announce(`Calendar file with ${texts.length} application${texts.length === 1 ? "" : "s"} downloaded.`, true);
  }
}

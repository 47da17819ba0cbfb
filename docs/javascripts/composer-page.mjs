// The composer page: it wires the form, the applications, Python and the drafts
// together. Python runs in a module worker (composer-client.mjs); the form, the
// storage, the list of applications and the rendering each have a module of their own.
// composer.mjs loads this module only on the composer page.
import { Applications, AppsView, title } from "./composer-apps.mjs";
import { startComposer } from "./composer-client.mjs";
import { STAGES, STALL_SECONDS } from "./composer-config.mjs";
import { apiField, FormView } from "./composer-form.mjs";
import { summarise } from "./composer-summary.mjs";
import { offerOffline } from "./composer-offline.mjs";
import { DraftCards, showErrors, showFieldNotes, showKeptEdits, showPlan } from "./composer-render.mjs";
import { blankApp, download, hasContent, Store, tab } from "./composer-store.mjs";
import { exportText } from "./composer-transfer.mjs";
import { fillZoneList, localDate, localNow, localZone, proposeRegion } from "./composer-time.mjs";

const NOTES = {
  blocked: "This browser isn't letting the composer save, so what you type will be gone when you close the page. Export keeps a copy.",
  full: "This browser's storage is full, so your latest changes aren't saved. Export keeps a copy.",
  unreadable: "Some saved data couldn't be read. It was left as it is, and everything else works.",
};

/** Start the composer in ``root`` (the page's #composer-app). */
export function start(root) {
  if (typeof WebAssembly !== "object") {
    showFallback("This browser cannot run WebAssembly, which the composer needs.");
    return;
  }
  new ComposerPage(root).start();
}

export function showFallback(reason) {
  document.getElementById("composer-fallback-reason").textContent = reason;
  document.getElementById("composer-fallback").hidden = false;
}


class ComposerPage {
  constructor(root) {
    this.root = root;
    this.store = new Store();
    this.form = new FormView(root, () => this.changed());
    this.cards = new DraftCards(root, {
      edited: (key, edit) => this.edit(key, edit),
      reset: (key) => this.resetEdit(key),
      sent: (kind, to, scheduled) => this.logSent(kind, to, scheduled),
      copy: (text, button) => this.copy(text, button),
      isStale: (draft) => this.app.edits[draft.key]?.base !== draft.generated.body,
    });
    this.manager = new Applications(this);
    this.list = new AppsView(root, {
      open: (id) => {
        this.menu(false);
        this.open(id);
      },
      duplicate: (id) => this.manager.duplicate(id),
      archive: (id, archived) => this.manager.archive(id, archived),
      remove: (id) => this.manager.remove(id),
    });
    this.inFlight = false; // at most one request at a time ...
    this.dirty = false; // ... and the newest input waits for it, not a timer
    this.waiting = []; // resolvers of settled(), called when no answer is owed
  }

  start() {
    this.apps = this.store.all();
    const wanted = tab.get() ?? this.store.lastOpened();
    this.app = this.apps.find((app) => app.id === wanted) ?? this.apps.find((app) => !app.archived) ?? this.addApp(this.newApp());
    this.loadApp();
    this.#wire();
    this.store.onOtherTab((id, app) => this.otherTab(id, app));
    this.client = startComposer(); // one worker for the whole visit, kept across instant navigation
    this.root.querySelector("#composer-progress").max = STAGES;
    const stall = this.#watchStall();
    const stop = this.client.onProgress((stage, text) => {
      stall.arm();
      this.progress(stage, text);
    });
    this.client.ready.then(
      ({ started }) => {
        this.root.dataset.pythonStart = started;
        performance.mark("composer:python-ready");
        stall.stop();
        stop();
        this.progress(STAGES, "Ready. Your draft updates as you type.");
        this.compose();
        this.manager.refreshList();
        offerOffline(this.root.querySelector("#offline-note"));
      },
      (error) => {
        stall.stop();
        stop();
        this.progress(0, "The composer could not start.");
        showFallback(`The composer could not start: ${error.message}`);
      },
    );
  }

  #wire() {
    const on = (id, handler) => this.root.querySelector(`#${id}`).addEventListener("click", handler);
    on("clear-data", () => this.manager.clear());
    on("app-new", () => {
      this.menu(false);
      this.switchTo(this.addApp(this.newApp()));
    });
    on("try-example", () => {
      this.menu(false);
      this.manager.example();
    });
    on("ics-all", () => this.manager.calendarForAll());
    on("export-apps", () => {
      download("after-the-interview-applications.json", "application/json", exportText(this.apps));
      this.announce(`Exported ${this.apps.length} application${this.apps.length === 1 ? "" : "s"} to a file.`, true);
    });
    on("export-csv", () => this.manager.exportCsv());
    on("they-replied", () => {
      this.form.addReply(localDate());
      this.changed();
    });
    on("add-rounds", () => {
      this.form.nextRound(localDate());
      this.announce("Added the next round, and the invitation to the history. Enter the new round's date and time; the people you met are filled in, so remove anyone you won't meet.");
    });
    on("download-ics", () => (this.root.querySelector("#ics-done").textContent = "Calendar file downloaded: open it to add the reminders."));
    on("back-to-form", () => this.jump());
    this.root.querySelector("#import-apps").addEventListener("change", (event) => this.manager.import(event.target));
    // Where the reader was in the form, for "Back to the form" on a phone; and the
    // browser's 400-odd zone names, offered only once a zone field is reached.
    this.form.form.addEventListener("focusin", (event) => {
      this.lastField = event.target;
      if (event.target.list?.id === "zone-names") fillZoneList(event.target.list);
    });
  }

  /**
   * A download that stops mid-transfer never fails on its own: after STALL_SECONDS with
   * no progress the status says so and offers a retry (loading goes on meanwhile).
   */
  #watchStall() {
    let timer = 0;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const retry = document.createElement("button");
        retry.type = "button";
        retry.className = "md-button";
        retry.id = "composer-retry";
        retry.textContent = "Retry";
        retry.addEventListener("click", () => location.reload());
        this.root.querySelector("#composer-status-text").replaceChildren(`No progress for ${STALL_SECONDS} seconds: the download may have stopped. `, retry);
      }, STALL_SECONDS * 1000);
    };
    arm();
    return { arm, stop: () => clearTimeout(timer) };
  }

  progress(stage, text) {
    performance.mark(`composer:stage-${stage}`);
    const bar = this.root.querySelector("#composer-progress");
    bar.value = stage;
    bar.hidden = stage === STAGES;
    this.root.querySelector("#composer-status-text").textContent = text;
  }

  // ---- the current application ------------------------------------------

  /** A new application: the reader's zone from this device, the employer's region guessed. */
  newApp() {
    const region = proposeRegion(this.form.form.elements.namedItem("region"));
    return blankApp({ reader_time_zone: localZone(), ...(region ? { region } : {}) });
  }

  addApp(app) {
    this.apps.push(app);
    if (hasContent(app)) this.store.save(app); // an empty form is saved once the reader types
    return app;
  }

  loadApp() {
    tab.set(this.app.id);
    this.form.fill(this.app.fields, this.app.touched);
    this.root.querySelector("#example-note").hidden = !this.app.example;
    this.list.show(this.apps, this.app.id);
    this.#note();
  }

  #save() {
    this.store.save(this.app);
    if (this.store.merged.length) this.#showMerged(this.store.merged);
    this.#note();
  }

  /**
   * Show fields another tab changed (already merged into this.app) without disturbing
   * the one being typed in: no keystroke here is lost, and none of theirs.
   */
  #showMerged(names) {
    const active = document.activeElement;
    const rows = new Set(["interviewers", "rounds", "history"]);
    if (names.some((name) => rows.has(name)) && !active?.closest?.("[data-repeat]")) {
      const { id, selectionStart: start, selectionEnd: end } = active ?? {};
      this.form.fill(this.app.fields, this.app.touched);
      const again = id ? document.getElementById(id) : null;
      again?.focus({ preventScroll: true });
      try {
        if (again && start !== undefined) again.setSelectionRange(start, end);
      } catch {
        // Not a text field: focus alone is enough.
      }
    } else {
      for (const name of names) {
        const element = rows.has(name) ? null : this.form.form.elements.namedItem(name);
        if (element && element !== active) element.value = this.app.fields[name] ?? "";
      }
    }
    this.list.show(this.apps, this.app.id);
  }

  #note() {
    const note = this.root.querySelector("#storage-note");
    note.hidden = !this.store.problem;
    note.textContent = NOTES[this.store.problem] ?? "";
  }

  /** Open or close the applications menu. */
  menu(open) {
    this.root.querySelector("#apps-menu").open = open;
  }

  changed() {
    this.root.querySelector("#drafts-message").textContent = ""; // an old "Logged as sent" goes
    const before = title(this.app);
    this.app.fields = this.form.read();
    this.app.touched = [...this.form.touched];
    this.#save();
    if (title(this.app) !== before) this.list.show(this.apps, this.app.id); // the list follows the typing
    this.compose();
  }

  switchTo(app) {
    this.root.querySelector("#drafts-message").textContent = "";
    this.app = app;
    this.loadApp();
    this.announce(`Opened ${title(app)}.`);
    this.compose();
  }

  open(id) {
    const app = this.apps.find((candidate) => candidate.id === id);
    if (app) this.switchTo(app);
  }

  /** Another tab saved (or deleted) application ``id``: bring this tab in step, losing nothing. */
  otherTab(id, app) {
    // Only the application that changed is read again (this runs on each of the other
    // tab's keystrokes); the one on screen stays the same object and merges below.
    if (id !== this.app.id) {
      const fresh = this.store.one(id);
      const at = this.apps.findIndex((other) => other.id === id);
      if (fresh && at >= 0) this.apps[at] = fresh;
      else if (fresh) this.apps.push(fresh);
      else if (at >= 0) this.apps.splice(at, 1);
    } else if (app) {
      const taken = this.store.adopt(this.app);
      if (taken.length) {
        this.#showMerged(taken);
        this.compose();
        this.announce("Another tab changed this application; its changes are shown here too.");
      }
    } else {
      this.announce("This application was deleted in another tab. It stays here until you close the page; any change saves it again.");
    }
    if (!this.apps.includes(this.app)) this.apps.push(this.app);
    this.list.show(this.apps, this.app.id);
  }

  // ---- drafts -------------------------------------------------------------

  edit(key, edit) {
    this.app.edits[key] = edit;
    this.#save();
    this.compose();
  }

  resetEdit(key) {
    delete this.app.edits[key];
    this.#save();
    this.compose();
    this.announce("Back to the generated text.");
  }

  /** "I sent this" (or "I scheduled it", with the plan's send time) on a draft. */
  logSent(kind, to, scheduled) {
    const step = this.answer?.plan?.message;
    const scheduledFor = scheduled && step ? `${step.date}T${step.time}` : "";
    this.form.logSent(kind, localDate(), { to, scheduledFor });
    this.changed();
    const who = to ? ` to ${to}` : "";
    const text = scheduled ? `Logged as scheduled${who} for ${step?.day ?? "later"}. The plan has moved on.` : `Logged as sent${who} today. The plan has moved on.`;
    this.announce(text);
    this.root.querySelector("#drafts-message").textContent = text; // beside the drafts, where the reader is
  }

  /** Copy what ``read`` gives once the answer to the reader's last keystroke is drawn:
   * a name typed just before the tap belongs in the letter copied. */
  async copy(read, button) {
    const beside = button.closest(".draft__actions, .kept-edit")?.querySelector(".draft__done");
    try {
      await this.settled();
      await navigator.clipboard.writeText(read());
      const label = button.textContent;
      button.textContent = "Copied ✓";
      setTimeout(() => (button.textContent = label), 2000);
      this.announce("Copied.");
    } catch {
      const text = "Copying was blocked by the browser; select the text and copy it instead.";
      if (beside) beside.textContent = text;
      this.announce(text);
    }
  }

  announce(text, visible = false) {
    this.root.querySelector("#announcer").textContent = text;
    if (visible) this.manager.say("#apps-tools-message", text);
  }

  /** On a phone the drafts sit below the form: "Back to the form" returns to the field in use. */
  jump() {
    const field = this.lastField?.isConnected ? this.lastField : null;
    if (field) {
      field.scrollIntoView({ block: "center" });
      field.focus({ preventScroll: true });
    } else {
      this.root.querySelector("#composer-form").scrollIntoView({ block: "start" });
    }
  }

  // ---- talking to Python ----------------------------------------------------

  // Latest input wins: while Python works on one request, further typing only
  // marks the form dirty, and one fresh request goes out when the answer lands.
  async compose() {
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    this.inFlight = true;
    this.dirty = false;
    try {
      await this.client.ready;
      const app = this.app;
      const { result } = await this.client.call("compose", FormView.request(app.fields, app.edits, localNow()));
      this.remember(app, result); // even for an application switched away from: the list says where it stands
      if (!this.dirty && app === this.app) this.render(result); // a stale answer would flicker; skip it
    } catch (error) {
      console.error(error); // a bug here must not pass silently, in a test or a bug report
      this.progress(0, `Something went wrong: ${error.message}. Your answers are safe; try again.`);
    } finally {
      this.inFlight = false;
      if (this.dirty) this.compose();
      else this.waiting.splice(0).forEach((resolve) => resolve());
    }
  }

  /** Resolves once every input so far has its answer on the page. */
  settled() {
    if (!this.inFlight && !this.dirty) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Keep where ``app`` stands (for the list and the CSV) from Python's ``answer`` for it. */
  remember(app, answer) {
    const summary = summarise(answer, app.fields, (value) => this.form.choiceWords("interview_kind", value));
    // Deleted while Python worked on it: saving it now would bring it back.
    if (!this.apps.includes(app) || JSON.stringify(summary) === JSON.stringify(app.summary)) return;
    app.summary = summary;
    if (hasContent(app)) this.store.save(app, { touch: false });
    this.list.show(this.apps, this.app.id);
  }

  render(answer) {
    this.answer = answer;
    const earlier = this.app.fields.rounds?.length ?? 0;
    const errors = (answer.errors ?? []).map((error) => ({ ...error, field: apiField(error.field, earlier) }));
    showErrors(this.root, this.form.form, errors, this.form.touched);
    showFieldNotes(this.form.form, answer.field_notes ?? []);
    showPlan(this.root, answer);
    const named = (this.app.fields.interviewers ?? []).some((person) => person.name?.trim());
    const drafts = answer.drafts ?? [];
    this.cards.show(drafts, Boolean(answer.plan) && named);
    showKeptEdits(this.root, this.app.edits, new Set(drafts.map((draft) => draft.key)), (text, button) => this.copy(text, button));
    // The benchmark's mark: the first time a real draft is on screen (not a blank form's first answer).
    if (drafts.length && !performance.getEntriesByName("composer:first-draft").length) performance.mark("composer:first-draft");
    this.root.dispatchEvent(new CustomEvent("composer:rendered"));
  }
}


// The composer page. It owns the DOM; Python runs in a module worker.
// User text reaches the page only through textContent and value.
import { startComposer } from "./composer-client.mjs";

const STORAGE_KEY = "after-the-interview:composer:v1";

function init() {
  const root = document.getElementById("composer-app");
  if (!root || root.dataset.ready) return;
  root.dataset.ready = "yes";
  if (typeof WebAssembly !== "object") {
    showFallback("This browser cannot run WebAssembly, which the composer needs.");
    return;
  }
  new ComposerPage(root).start();
}

function showFallback(reason) {
  const box = document.getElementById("composer-fallback");
  document.getElementById("composer-fallback-reason").textContent = reason;
  box.hidden = false;
}

class ComposerPage {
  constructor(root) {
    this.root = root;
    this.form = root.querySelector("#composer-form");
    this.state = loadState();
    this.touched = new Set(this.state.touched ?? []);
    this.inFlight = false; // at most one request at a time ...
    this.dirty = false; // ... and the newest input waits for it, not a timer
  }

  start() {
    this.restoreForm();
    // "input" fires for every control (text, select, date, radio); also listening to
    // "change" would send a second, wasted request for each select or date.
    this.form.addEventListener("input", (event) => this.onInput(event));
    this.root.querySelector("#add-interviewers").addEventListener("click", () => this.addRow("interviewers", {}, true));
    this.root.querySelector("#add-sent").addEventListener("click", () => this.addRow("sent", {}, true));
    this.root.querySelector("#clear-data").addEventListener("click", () => this.clear());
    this.client = startComposer(); // one worker for the whole visit, kept across instant navigation
    this.stopListening = this.client.onProgress((stage, text) => this.progress(stage, text));
    this.client.ready.then(
      ({ started }) => {
        this.root.dataset.pythonStart = started;
        performance.mark("composer:python-ready");
        this.stopListening();
        this.progress(3, "Ready. Your draft updates as you type.");
        this.compose();
      },
      (error) => {
        this.stopListening();
        this.progress(0, "The composer could not start.");
        showFallback(`The composer could not start: ${error.message}`);
      },
    );
  }

  progress(stage, text) {
    performance.mark(`composer:stage-${stage}`);
    const bar = this.root.querySelector("#composer-progress");
    bar.value = stage;
    bar.hidden = stage === 3;
    this.root.querySelector("#composer-status-text").textContent = text;
  }

  // ---- form state -------------------------------------------------------

  restoreForm() {
    const fields = this.state.fields ?? defaultFields();
    for (const element of this.form.querySelectorAll("[name]")) {
      if (element.closest("[data-repeat]")) continue;
      const value = fields[element.name];
      if (element.type === "radio") element.checked = element.value === (value ?? "warm");
      else if (value !== undefined) element.value = value;
    }
    for (const row of fields.interviewers?.length ? fields.interviewers : [{}]) this.addRow("interviewers", row);
    for (const row of fields.sent ?? []) this.addRow("sent", row);
  }

  addRow(kind, values, focus = false) {
    const list = this.root.querySelector(`#${kind}`);
    const row = document.getElementById(`${kind}-template`).content.firstElementChild.cloneNode(true);
    for (const input of row.querySelectorAll("[data-name]")) input.value = values[input.dataset.name] ?? input.value;
    row.querySelector(".remove").addEventListener("click", () => {
      row.remove();
      this.renumber(kind);
      this.onInput();
    });
    list.append(row);
    this.renumber(kind);
    if (focus) {
      row.querySelector("input, select").focus();
      this.onInput();
    }
  }

  renumber(kind) {
    // Stable names ("interviewers.0.name") let Python's field errors find their input.
    const rows = this.root.querySelectorAll(`[data-repeat="${kind}"]`);
    rows.forEach((row, index) => {
      for (const input of row.querySelectorAll("[data-name]")) {
        input.name = `${kind}.${index}.${input.dataset.name}`;
        input.id = `f-${input.name}`;
        input.previousElementSibling.htmlFor = input.id;
      }
      row.querySelector(".remove").hidden = kind === "interviewers" && rows.length === 1;
    });
  }

  readFields() {
    const value = (name) => this.form.elements.namedItem(name)?.value ?? "";
    const rows = (kind) =>
      [...this.root.querySelectorAll(`[data-repeat="${kind}"]`)].map((row) =>
        Object.fromEntries([...row.querySelectorAll("[data-name]")].map((i) => [i.dataset.name, i.value])),
      );
    const fields = {};
    for (const element of this.form.querySelectorAll("[name]")) {
      if (element.closest("[data-repeat]") || (element.type === "radio" && !element.checked)) continue;
      fields[element.name] = element.value;
    }
    return { ...fields, tone: value("tone") || "warm", interviewers: rows("interviewers"), sent: rows("sent") };
  }

  onInput(event) {
    const target = event?.target;
    if (target?.name) this.touched.add(target.name);
    if (target?.name === "template" || target?.name === "tone") this.state.edits = {};
    this.save();
    this.compose();
  }

  save() {
    this.state.fields = this.readFields();
    this.state.touched = [...this.touched];
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.state));
    } catch {
      // Storage full or disabled: the composer still works, it just won't remember.
    }
  }

  clear() {
    localStorage.removeItem(STORAGE_KEY);
    // Also the cached Python start-up snapshot: it holds nothing typed, but "clear" means all.
    globalThis.caches?.delete("after-the-interview:python").catch(() => {});
    this.state = { edits: {} };
    this.touched.clear();
    this.form.reset();
    for (const row of this.root.querySelectorAll("[data-repeat]")) row.remove();
    this.restoreForm();
    this.announce("Your data has been cleared from this browser.");
    this.compose();
  }

  announce(text) {
    this.root.querySelector("#announcer").textContent = text;
  }

  // ---- talking to Python ------------------------------------------------

  request() {
    const f = this.state.fields ?? this.readFields();
    return {
      ...f,
      now: localNow(),
      points: Object.keys(f).filter((name) => name.startsWith("points.")).sort().map((name) => f[name]),
      reply: f["reply.kind"] ? { kind: f["reply.kind"], date: f["reply.date"], new_date: f["reply.new_date"] } : null,
      days_off: (f.days_off ?? "").split(/\s+/).filter(Boolean),
      template: f.template || null,
      // Edits are keyed by template and person, so removing someone never moves an edit.
      edits: Object.entries(this.state.edits ?? {}).map(([key, edit]) => ({ key, ...edit })),
      page_url: `${location.origin}${location.pathname}`,
    };
  }

  // Latest input wins: while Python works on one request, further typing only
  // marks the form dirty, and one fresh request goes out when the answer lands.
  // No debounce timer, so a single edit is shown as fast as Python can answer.
  async compose() {
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    this.inFlight = true;
    this.dirty = false;
    try {
      await this.client.ready;
      const { result } = await this.client.call("compose", this.request());
      if (!this.dirty) this.render(result); // a stale answer would flicker; skip it
    } catch (error) {
      console.error(error); // a bug here must not pass silently, in a test or a bug report
      this.progress(0, `Something went wrong: ${error.message}. Your answers are safe; try again.`);
    } finally {
      this.inFlight = false;
      if (this.dirty) this.compose();
    }
  }

  // ---- showing the answer -----------------------------------------------

  render(answer) {
    this.showErrors(answer.errors ?? []);
    this.showPlan(answer);
    this.showDrafts(answer.drafts ?? []);
    if (!performance.getEntriesByName("composer:first-draft").length) performance.mark("composer:first-draft");
    this.root.dispatchEvent(new CustomEvent("composer:rendered"));
  }

  // Every error has a home: its input, else the summary line of the fieldset that
  // holds it ("List at most 8 people"), else the message area at the top of the form.
  showErrors(errors) {
    for (const old of this.root.querySelectorAll("[data-error-message]")) old.remove();
    for (const area of this.root.querySelectorAll("[data-error-for], #form-errors")) {
      area.hidden = true;
      area.textContent = "";
    }
    for (const input of this.form.querySelectorAll("[aria-invalid]")) {
      input.removeAttribute("aria-invalid");
      input.setAttribute("aria-describedby", (input.dataset.describedby ?? "").trim());
    }
    for (const error of errors) {
      if (/^edits\.\d/.test(error.field)) continue; // shown beside its draft
      const input = this.form.elements.namedItem(error.field);
      if (input instanceof HTMLElement && input.type !== "radio") {
        if (this.touched.has(error.field) || input.value) this.markInput(input, error);
        continue; // don't scold untouched fields
      }
      const head = error.field.split(".")[0];
      const area = this.root.querySelector(`[data-error-for~="${CSS.escape(head)}"]`) ?? this.root.querySelector("#form-errors");
      area.hidden = false;
      area.textContent = area.textContent ? `${area.textContent} ${error.message}` : error.message;
    }
  }

  markInput(input, error) {
    const message = document.createElement("p");
    message.className = "field-error";
    message.dataset.errorMessage = "";
    message.id = `err-${error.field}`;
    message.textContent = error.message;
    input.dataset.describedby ??= input.getAttribute("aria-describedby") ?? "";
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", `${input.dataset.describedby} ${message.id}`.trim());
    input.after(message);
  }

  showPlan({ plan, ics, ics_filename }) {
    const headline = this.root.querySelector("#plan-headline");
    const reason = this.root.querySelector("#plan-reason");
    const steps = this.root.querySelector("#plan-steps");
    const download = this.root.querySelector("#download-ics");
    steps.replaceChildren();
    if (!plan) {
      headline.textContent = "Your plan";
      reason.textContent = "Fill in the interview date and time to see when to write.";
      download.hidden = true;
      return;
    }
    headline.textContent = plan.headline;
    reason.textContent = plan.reason;
    this.root.querySelector("#plan").dataset.status = plan.status;
    for (const step of plan.upcoming) {
      const item = document.createElement("li");
      const when = document.createElement("span");
      when.className = "timeline__when";
      when.textContent = `${step.day}, ${step.time}`;
      const what = document.createElement("strong");
      what.className = "timeline__what";
      what.textContent = step.title;
      item.append(when, " ", what);
      steps.append(item);
    }
    download.hidden = !ics;
    if (ics) {
      download.href = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
      download.download = ics_filename;
    }
  }

  showDrafts(drafts) {
    const list = this.root.querySelector("#drafts");
    while (list.children.length > drafts.length) list.lastElementChild.remove();
    while (list.children.length < drafts.length) list.append(this.newDraft(list.children.length));
    drafts.forEach((draft, index) => this.fillDraft(list.children[index], draft));
  }

  newDraft(index) {
    const node = document.getElementById("draft-template").content.firstElementChild.cloneNode(true);
    const subject = node.querySelector(".draft__subject");
    const body = node.querySelector(".draft__body");
    subject.id = `draft-${index}-subject`;
    body.id = `draft-${index}-body`;
    subject.previousElementSibling.htmlFor = subject.id;
    body.previousElementSibling.htmlFor = body.id;
    const edited = () => {
      this.state.edits[node.dataset.key] = { subject: subject.value, body: body.value };
      this.onInput();
    };
    subject.addEventListener("input", edited);
    body.addEventListener("input", edited);
    node.querySelector(".copy-subject").addEventListener("click", () => this.copy(subject.value, "Subject copied."));
    node.querySelector(".copy-body").addEventListener("click", () => this.copy(body.value, "Message copied."));
    node.querySelector(".reset-draft").addEventListener("click", () => {
      delete this.state.edits[node.dataset.key];
      this.onInput();
      this.announce("Your edits were undone.");
    });
    return node;
  }

  fillDraft(node, draft) {
    const subject = node.querySelector(".draft__subject");
    const body = node.querySelector(".draft__body");
    const moved = node.dataset.key !== draft.key;
    node.dataset.key = draft.key;
    node.querySelector(".draft__to").textContent = draft.to_email ? `To ${draft.to_name} <${draft.to_email}>` : `To ${draft.to_name || "your interviewer"}`;
    const today = draft.send_date === localNow().slice(0, 10);
    node.querySelector(".draft__when").textContent = `For ${draft.send_day}${today ? ", today" : ", not yet"}`;
    node.querySelector(".draft__thread").hidden = !draft.thread;
    const error = node.querySelector(".draft__error");
    error.hidden = !draft.edit_error;
    error.textContent = draft.edit_error ?? "";
    // Never overwrite what the reader is typing into, unless the card now holds another draft.
    if (moved || document.activeElement !== subject) subject.value = draft.subject;
    if (moved || (document.activeElement !== body && !draft.edit_error)) body.value = draft.body;
    node.querySelector(".mailto").href = draft.mailto;
    node.querySelector(".reset-draft").hidden = !draft.edited;
    const findings = node.querySelector(".draft__findings");
    findings.replaceChildren();
    for (const finding of draft.findings) {
      const item = document.createElement("li");
      item.className = `finding finding--${finding.severity}`;
      item.dataset.code = finding.code;
      item.textContent = finding.message;
      findings.append(item);
    }
    if (!draft.findings.length) {
      const item = document.createElement("li");
      item.className = "finding finding--ok";
      item.textContent = "No problems found.";
      findings.append(item);
    }
  }

  async copy(text, done) {
    try {
      await navigator.clipboard.writeText(text);
      this.announce(done);
    } catch {
      this.announce("Copying was blocked by the browser; select the text and copy it instead.");
    }
  }
}

function loadState() {
  let state;
  try {
    state = JSON.parse(localStorage.getItem(STORAGE_KEY)) ?? {};
  } catch {
    state = {};
  }
  // Edits were once a list by position; only edits keyed by draft are kept.
  if (typeof state.edits !== "object" || state.edits === null || Array.isArray(state.edits)) state.edits = {};
  return state;
}

function defaultFields() {
  return { interview_date: isoDate(new Date()), interview_time: "10:00", interview_kind: "interview", tone: "warm" };
}

function isoDate(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function localNow() {
  // Local wall time with its offset, e.g. 2026-11-23T15:04:00+01:00.
  const now = new Date();
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${isoDate(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

// Material's instant navigation swaps pages without reloading: re-run on each.
if (window.document$) window.document$.subscribe(init);
else init();

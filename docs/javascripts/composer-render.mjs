// Showing Python's answer: field errors, the plan with the reader's own dates,
// and one card per draft. User text reaches the page only through textContent
// and value, never as HTML.
import { DRAFTS_PLACEHOLDER, PLAN_PLACEHOLDER } from "./composer-config.mjs";
import { localDate, localTimes } from "./composer-time.mjs";

// Every error has a home: its input, else the summary line of the fieldset that
// holds it ("List at most 8 people"), else the message area at the top of the form.
export function showErrors(root, form, errors, touched) {
  for (const old of root.querySelectorAll("[data-error-message]")) old.remove();
  for (const area of root.querySelectorAll("[data-error-for], #form-errors")) {
    area.hidden = true;
    area.textContent = "";
  }
  for (const input of form.querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", (input.dataset.describedby ?? "").trim());
  }
  for (const error of errors) {
    if (/^edits\.\d/.test(error.field)) continue; // shown beside its draft
    const input = form.elements.namedItem(error.field);
    if (input instanceof HTMLElement && input.type !== "radio") {
      // Don't scold a field the reader hasn't reached: only one they typed in, or one
      // whose row they have started ("They gave a new date" without the date).
      const row = error.field.slice(0, error.field.lastIndexOf("."));
      const started = row && [...touched].some((name) => name.startsWith(`${row}.`));
      if (touched.has(error.field) || input.value || started) {
        input.closest("details")?.setAttribute("open", ""); // an entry's fields, folded under "Correct"
        markInput(input, error);
      }
      continue;
    }
    const head = error.field.split(".")[0];
    const area = root.querySelector(`[data-error-for~="${CSS.escape(head)}"]`) ?? root.querySelector("#form-errors");
    area.hidden = false;
    area.textContent = area.textContent ? `${area.textContent} ${error.message}` : error.message;
  }
}

function markInput(input, error) {
  const message = document.createElement("p");
  message.className = "field-error";
  message.dataset.errorMessage = "";
  message.id = `err-${error.field}`;
  message.textContent = error.message;
  // The field's own description, without a note's (showFieldNotes adds those back).
  input.dataset.describedby ??= (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => !id.startsWith("note-")).join(" ");
  input.setAttribute("aria-invalid", "true");
  input.setAttribute("aria-describedby", `${input.dataset.describedby} ${message.id}`.trim());
  input.after(message);
}

/** The plan: headline, reason, and the reader's own dates on the compact timeline. */
export function showPlan(root, { plan, ics, ics_filename }) {
  const steps = root.querySelector("#plan-steps");
  const download = root.querySelector("#download-ics");
  steps.replaceChildren();
  root.querySelector("#they-replied").hidden = !plan || plan.status === "prepare";
  root.querySelector("#plan").dataset.status = plan?.status ?? "";
  if (!plan) {
    root.querySelector("#plan-headline").textContent = "Your plan";
    root.querySelector("#plan-reason").textContent = PLAN_PLACEHOLDER;
    download.hidden = true;
    return;
  }
  root.querySelector("#plan-headline").textContent = localTimes(plan.headline);
  root.querySelector("#plan-reason").textContent = localTimes(plan.reason);
  // What moved a step (a public holiday) and how the employer's region differs.
  const notes = root.querySelector("#plan-notes");
  notes.replaceChildren(
    ...(plan.notes ?? []).map((note) => {
      const item = document.createElement("li");
      item.textContent = localTimes(note);
      return item;
    }),
  );
  notes.hidden = !plan.notes?.length;
  for (const step of plan.upcoming) steps.append(timelineStep(step));
  if (plan.status === "stop") steps.append(timelineStep(null));
  download.hidden = !ics;
  if (ics) {
    download.href = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
    download.download = ics_filename;
  }
}

// The same markup as the guide's timeline (hooks/guide.py), in its compact form.
function timelineStep(step) {
  const item = document.createElement("li");
  const when = document.createElement("span");
  when.className = "timeline__when";
  const what = document.createElement("strong");
  what.className = "timeline__what";
  if (step) {
    // "Mon 22 Mar, 13:30 your time (09:30 in New York)" where the clocks differ.
    when.textContent = localTimes(step.when ?? `${step.day}, ${step.time}`);
    what.textContent = step.title;
  } else {
    item.className = "timeline__end";
    when.textContent = "Then";
    what.textContent = "Stop and move on";
  }
  item.append(when, " ", what);
  return item;
}

/** One card per draft, kept in step with the answer; the reader's typing is never overwritten. */
export class DraftCards {
  constructor(root, handlers) {
    this.root = root;
    this.list = root.querySelector("#drafts");
    // {edited(key, {subject, body, base, to}), reset(key), sent(kind, to, scheduled), copy(read, button), isStale(draft)}; copy reads the text once the answer to the last keystroke is in
    this.handlers = handlers;
  }

  show(drafts, visible) {
    const empty = this.root.querySelector("#drafts-empty");
    empty.hidden = visible && drafts.length > 0;
    empty.textContent = visible && !drafts.length ? "Nothing to send for now." : DRAFTS_PLACEHOLDER;
    const shown = visible ? drafts : [];
    while (this.list.children.length > shown.length) this.list.lastElementChild.remove();
    while (this.list.children.length < shown.length) this.list.append(this.#card(this.list.children.length));
    shown.forEach((draft, index) => this.#fill(this.list.children[index], draft));
  }

  #card(index) {
    const node = document.getElementById("draft-template").content.firstElementChild.cloneNode(true);
    const subject = node.querySelector(".draft__subject");
    const body = node.querySelector(".draft__body");
    subject.id = `draft-${index}-subject`;
    body.id = `draft-${index}-body`;
    subject.previousElementSibling.htmlFor = subject.id;
    body.previousElementSibling.htmlFor = body.id;
    const edited = () =>
      this.handlers.edited(node.dataset.key, { subject: subject.value, body: body.value, base: node.dataset.base, to: node.dataset.to });
    subject.addEventListener("input", edited);
    body.addEventListener("input", edited);
    node.querySelector(".copy-subject").addEventListener("click", (e) => this.handlers.copy(() => subject.value, e.currentTarget));
    node.querySelector(".copy-body").addEventListener("click", (e) => this.handlers.copy(() => body.value, e.currentTarget));
    node.querySelector(".reset-draft").addEventListener("click", () => this.handlers.reset(node.dataset.key));
    node.querySelector(".use-generated").addEventListener("click", () => this.handlers.reset(node.dataset.key));
    node.querySelector(".sent-this").addEventListener("click", () => this.handlers.sent(node.dataset.logAs, node.dataset.to, false));
    node.querySelector(".scheduled-this").addEventListener("click", () => this.handlers.sent(node.dataset.logAs, node.dataset.to, true));
    return node;
  }

  #fill(node, draft) {
    const subject = node.querySelector(".draft__subject");
    const body = node.querySelector(".draft__body");
    const moved = node.dataset.key !== draft.key; // the card now holds someone else's draft
    node.dataset.key = draft.key;
    node.dataset.base = draft.generated.body;
    node.dataset.logAs = draft.log_as;
    node.dataset.to = draft.to_name;
    node.querySelector(".draft__to").textContent = draft.to_email ? `To ${draft.to_name} <${draft.to_email}>` : `To ${draft.to_name || "your interviewer"}`;
    const today = draft.send_date === localDate();
    node.querySelector(".draft__when").textContent = `For ${draft.send_day}${today ? ", today" : ", not yet"}`;
    node.querySelector(".draft__thread").hidden = !draft.thread;
    node.querySelector(".draft__stale").hidden = !(draft.edited && this.handlers.isStale(draft));
    // Written today for a later slot ("write it now and schedule it"): log it as scheduled.
    node.querySelector(".sent-this").hidden = !today;
    node.querySelector(".scheduled-this").hidden = today || draft.send_date < localDate();
    const error = node.querySelector(".draft__error");
    error.hidden = !draft.edit_error;
    error.textContent = draft.edit_error ?? "";
    if (moved || document.activeElement !== subject) subject.value = draft.subject;
    if (moved || (document.activeElement !== body && !draft.edit_error)) body.value = draft.body;
    node.querySelector(".mailto").href = draft.mailto;
    node.querySelector(".reset-draft").hidden = !draft.edited;
    const findings = node.querySelector(".draft__findings");
    findings.replaceChildren(...(draft.findings.length ? draft.findings : [null]).map(findingItem));
  }
}

function findingItem(finding) {
  const item = document.createElement("li");
  item.className = `finding finding--${finding?.severity ?? "ok"}`;
  if (finding) item.dataset.code = finding.code;
  item.textContent = finding?.message ?? "No problems found.";
  return item;
}

/** Edits whose draft the plan has moved past: kept, one click away, read-only. */
export function showKeptEdits(root, edits, liveKeys, copy) {
  const box = root.querySelector("#kept-edits");
  box.replaceChildren();
  for (const [key, edit] of Object.entries(edits)) {
    if (liveKeys.has(key)) continue;
    const details = document.createElement("details");
    details.className = "kept-edit";
    const summary = document.createElement("summary");
    summary.textContent = `Your edited note to ${edit.to || "them"} is kept here, from an earlier step`;
    const text = document.createElement("pre");
    text.className = "kept-edit__text";
    text.textContent = `Subject: ${edit.subject}\n\n${edit.body}`;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.textContent = "Copy message";
    button.addEventListener("click", () => copy(() => edit.body, button));
    details.append(summary, text, button);
    box.append(details);
  }
}

/**
 * Python's notes beside fields: a name as the letters will write it, a guessed name
 * order, how a point will read. A note with a fix offers it on a button; the reader's
 * typing is never changed unasked. Unchanged notes are left alone, so focus stays put.
 */
export function showFieldNotes(form, notes) {
  const key = JSON.stringify(notes);
  if (form.dataset.fieldNotes === key) {
    for (const line of form.querySelectorAll("[data-field-note]")) describe(form.elements.namedItem(line.dataset.field), line.id);
    return;
  }
  form.dataset.fieldNotes = key;
  for (const old of form.querySelectorAll("[data-field-note]")) {
    for (const input of form.querySelectorAll(`[aria-describedby~="${CSS.escape(old.id)}"]`)) {
      const ids = input.getAttribute("aria-describedby").split(/\s+/).filter((id) => id !== old.id);
      input.setAttribute("aria-describedby", ids.join(" "));
    }
    old.remove();
  }
  for (const note of notes) {
    const input = form.elements.namedItem(note.field);
    if (!(input instanceof HTMLInputElement)) continue;
    const line = document.createElement("p");
    line.className = "field-note";
    line.dataset.fieldNote = "";
    line.dataset.field = note.field;
    line.id = `note-${note.field}`;
    line.textContent = note.message;
    if (note.fix) {
      // A guessed name order: open the folded "How they'd like to be addressed" and show the guess in it.
      if (!input.value) {
        input.placeholder = note.fix;
        input.closest("details")?.setAttribute("open", "");
      }
      const use = document.createElement("button");
      use.type = "button";
      use.className = "md-button field-note__fix";
      use.textContent = `Use “${note.fix}”`;
      use.addEventListener("click", () => {
        input.value = note.fix;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.focus();
      });
      line.append(" ", use);
    }
    const error = input.nextElementSibling?.matches("[data-error-message]") ? input.nextElementSibling : null;
    (error ?? input).after(line);
    describe(input, line.id);
  }
}

function describe(input, id) {
  const ids = (input?.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  if (input && !ids.includes(id)) input.setAttribute("aria-describedby", [...ids, id].join(" "));
}

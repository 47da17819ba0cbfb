// The form: reading and filling its fields and its repeating rows (the people of
// the latest round, the earlier rounds, the history), and which of a history
// entry's fields show. The inputs themselves are drawn at build time from the
// request schema (composer/_schema.py), so nothing here lists them.
//
// The form holds the latest round in its top-level fields (interview_date,
// interviewers...) and earlier rounds as rows; request() turns that into the API's
// `rounds` and `history`, and apiField() maps Python's error names back to inputs.

import { localDate } from "./composer-time.mjs";

const ROUND_FIELDS = { kind: "interview_kind", date: "interview_date", time: "interview_time" };
// What usually comes after each kind of round: the next round's starting guess.
const NEXT_KIND = { screen: "interview", interview: "final", panel: "final", final: "final" };

export class FormView {
  constructor(root, onChange) {
    this.root = root;
    this.form = root.querySelector("#composer-form");
    this.onChange = onChange;
    this.touched = new Set();
    this.form.addEventListener("input", (event) => {
      if (event.target?.name) this.touched.add(event.target.name);
      const row = event.target?.closest?.("[data-repeat]");
      if (row) this.#describe(row);
      this.#offerNextRound();
      onChange(event);
    });
    root.querySelector("#add-interviewers").addEventListener("click", () => this.addRow("interviewers", {}, true));
    root.querySelector("#add-history").addEventListener("click", () => this.addRow("history", { date: localDate() }, true));
  }

  /** Put ``fields`` (as read() returns them) into the form; missing ones are left empty. */
  fill(fields = {}, touched = []) {
    this.form.reset();
    for (const row of this.root.querySelectorAll("[data-repeat]")) row.remove();
    for (const element of this.form.querySelectorAll("[name]")) {
      const value = fields[element.name];
      if (element.type === "radio") element.checked = value === undefined ? element.defaultChecked : element.value === value;
      else if (typeof value === "string") element.value = value;
    }
    for (const row of fields.interviewers?.length ? fields.interviewers : [{}]) this.addRow("interviewers", row);
    for (const row of fields.rounds ?? []) this.addRow("rounds", row);
    // The history reads as a timeline: in date order, a day's entries as they were added.
    const history = (fields.history ?? []).map((row, index) => ({ row, index }));
    history.sort((a, b) => String(a.row.date ?? "").localeCompare(String(b.row.date ?? "")) || a.index - b.index);
    for (const { row } of history) this.addRow("history", row);
    this.renumber("history");
    this.touched = new Set(touched);
    this.#offerNextRound();
  }

  /** "They invited me to the next round" is offered once this round has a date. */
  #offerNextRound() {
    const has = (name) => Boolean(this.form.elements.namedItem(name).value);
    this.root.querySelector("#add-rounds").hidden = !(has("interview_date") && has("interview_time"));
  }

  /** Every field's value, with people, earlier rounds and history entries as lists of rows. */
  read() {
    const fields = {};
    for (const element of this.form.querySelectorAll("[name]")) {
      if (element.closest("[data-repeat]") || (element.type === "radio" && !element.checked)) continue;
      fields[element.name] = element.value;
    }
    return { ...fields, interviewers: this.rows("interviewers"), rounds: this.rows("rounds"), history: this.rows("history") };
  }

  /** The words the form shows for ``value`` of the select or radio group ``name``. */
  choiceWords(name, value) {
    for (const input of this.form.querySelectorAll(`[name="${name}"]`)) {
      if (input.type === "radio" && input.value === value) return input.parentElement.textContent.trim();
      const option = [...(input.options ?? [])].find((candidate) => candidate.value === value);
      if (option) return option.textContent;
    }
    return "";
  }

  rows(kind) {
    return [...this.root.querySelectorAll(`[data-repeat="${kind}"]`)].map((row) => {
      const values = Object.fromEntries([...row.querySelectorAll("[data-name]")].map((input) => [input.dataset.name, input.value]));
      return kind === "rounds" ? { ...values, people: row.people ?? [] } : values;
    });
  }

  addRow(kind, values, focus = false) {
    const list = this.root.querySelector(`#${kind}`);
    const row = document.getElementById(`${kind}-template`).content.firstElementChild.cloneNode(true);
    for (const input of row.querySelectorAll("[data-name]")) input.value = values[input.dataset.name] ?? input.value;
    if (kind === "rounds") row.people = structuredClone(values.people ?? []);
    row.querySelector(".remove").addEventListener("click", () => {
      row.remove();
      this.renumber(kind);
      this.onChange();
    });
    list.append(row);
    this.renumber(kind);
    this.#describe(row);
    if (focus) {
      row.querySelector(".repeat__edit")?.setAttribute("open", "");
      row.querySelector("select, input").focus();
      this.onChange();
    }
    return row;
  }

  /** Log a message as sent (or scheduled) in the history ("I sent this"). */
  logSent(kind, date, { to = "", scheduledFor = "" } = {}) {
    const row = this.addRow("history", { what: `sent:${kind}`, date, to, scheduled_for: scheduledFor });
    this.touched.add(row.querySelector('[data-name="date"]').name);
  }

  /** "They replied": a new reply entry dated today, with the reader in its first field. */
  addReply(date) {
    const row = this.addRow("history", { what: "reply:other", date });
    row.querySelector(".repeat__edit").open = true;
    row.scrollIntoView({ block: "center" });
    row.querySelector("select").focus();
  }

  /**
   * "They invited me to the next round": the round so far becomes an earlier round,
   * the invitation goes into the history, and the new round starts with the same
   * people (the reader may meet them again) and nothing yet said to them.
   */
  nextRound(today) {
    const fields = this.read();
    const current = Object.fromEntries(Object.entries(ROUND_FIELDS).map(([key, name]) => [key, fields[name] ?? ""]));
    this.addRow("rounds", { ...current, people: fields.interviewers });
    this.addRow("history", { what: "reply:next_round", date: today });
    const set = (name, value) => {
      const input = this.form.elements.namedItem(name);
      if (input) input.value = value;
    };
    set("interview_kind", NEXT_KIND[current.kind] ?? "interview");
    set("interview_date", "");
    set("interview_time", "");
    for (const input of this.root.querySelectorAll('[data-repeat="interviewers"] [data-name="point"]')) input.value = "";
    this.form.elements.namedItem("interview_date").focus();
    this.#offerNextRound();
    this.onChange();
  }

  renumber(kind) {
    // Stable names ("interviewers.0.name") let Python's field errors find their input.
    const rows = this.root.querySelectorAll(`[data-repeat="${kind}"]`);
    rows.forEach((row, index) => {
      for (const input of row.querySelectorAll("[data-name]")) {
        input.name = `${kind}.${index}.${input.dataset.name}`;
        input.id = `f-${input.name}`;
        input.closest(".field").querySelector("label").htmlFor = input.id;
      }
      if (kind === "rounds") this.#describe(row);
      row.querySelector(".remove").hidden = kind === "interviewers" && rows.length === 1;
    });
    // An empty history is one line (its legend and "Add an entry"): the intro comes with entries.
    if (kind === "history") this.root.querySelector('[data-group="since"]').classList.toggle("is-empty", rows.length === 0);
    if (kind === "rounds") {
      // The fieldset's own fields are the latest round once earlier ones exist.
      const legend = this.root.querySelector('[data-group="interview"] > legend');
      legend.textContent = rows.length ? `The interview: round ${rows.length + 1}` : "The interview";
    }
  }

  /** A folded row's one line (its round, or what happened when), and a history entry's fields. */
  #describe(row) {
    const value = (name) => row.querySelector(`[data-name="${name}"]`)?.value ?? "";
    const chosen = (name) => row.querySelector(`[data-name="${name}"]`)?.selectedOptions?.[0]?.textContent ?? "";
    const head = row.querySelector(".repeat__head");
    if (row.dataset.repeat === "rounds") {
      const index = [...row.parentElement.children].indexOf(row) + 1;
      const names = (row.people ?? []).map((person) => person.name?.trim()).filter(Boolean);
      const when = [shortDay(value("date")), value("time")].filter(Boolean).join(", ");
      head.textContent = [`Round ${index}: ${chosen("kind")}`, when, names.length ? `with ${names.join(", ")}` : ""].filter(Boolean).join(" · ");
    } else if (row.dataset.repeat === "history") {
      const what = value("what");
      const show = (name, visible) => (row.querySelector(`[data-name="${name}"]`).closest(".field").hidden = !visible);
      show("to", what.startsWith("sent:"));
      show("scheduled_for", what.startsWith("sent:"));
      show("new_date", what === "reply:new_date" || what === "reply:on_hold" || what === "reply:asked");
      show("text", !what.startsWith("sent:"));
      let words = chosen("what");
      if (what.startsWith("sent:")) {
        words = `You sent: ${words}${value("to") ? `, to ${value("to")}` : ""}`;
        if (value("scheduled_for")) words += ` (scheduled for ${shortDay(value("scheduled_for").slice(0, 10))}, ${value("scheduled_for").slice(11, 16)})`;
      } else if (value("new_date")) {
        words += `: ${shortDay(value("new_date"))}`;
      }
      if (value("text") && !what.startsWith("sent:")) words += ` – ${value("text")}`;
      head.textContent = `${shortDay(value("date")) || "No date yet"} · ${words}`;
    }
    const edit = row.querySelector(".repeat__edit summary");
    if (edit) edit.setAttribute("aria-label", `Correct: ${head.textContent}`);
    if (head) row.querySelector(".remove").setAttribute("aria-label", `Remove: ${head.textContent}`);
  }

  /** The request Python answers: the form's fields in the API's shape. */
  static request(fields, edits, now) {
    // Dotted names are rows' own; the form asks what was discussed per person only.
    const request = Object.fromEntries(Object.entries(fields).filter(([name]) => !name.includes(".")));
    delete request.rounds;
    const earlier = fields.rounds ?? [];
    if (earlier.length) {
      // The latest round joins the list once it has a date; until then the plan
      // answers the invitation and waits for the new round to be booked.
      const latest = { kind: fields.interview_kind, date: fields.interview_date, time: fields.interview_time, people: fields.interviewers ?? [] };
      request.rounds = [...earlier, ...(fields.interview_date ? [latest] : [])];
    }
    return {
      ...request,
      now,
      history: (fields.history ?? []).map(historyEntry),
      days_off: (fields.days_off ?? "").split(/\s+/).filter(Boolean),
      template: fields.template || null,
      // Edits are keyed by template and person, so removing someone never moves an edit.
      edits: Object.entries(edits ?? {}).map(([key, edit]) => ({ key, subject: edit.subject, body: edit.body })),
      page_url: `${location.origin}${location.pathname}`,
    };
  }
}

let dayFormat = null; // made once: building an Intl formatter costs more than using it

/** "Mon 1 Feb" for 2027-02-01, as this browser writes it; "" for no date. */
function shortDay(iso) {
  const [year, month, day] = String(iso).split("-").map(Number);
  if (!year || !month || !day) return "";
  dayFormat ??= new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });
  return dayFormat.format(new Date(year, month - 1, day));
}

/** One history row as the API takes it: "sent:check_in" is event "sent", kind "check_in". */
function historyEntry(row) {
  const [event, kind = ""] = String(row.what ?? "note").split(":");
  return { event, kind, date: row.date ?? "", to: row.to ?? "", scheduled_for: row.scheduled_for ?? "", new_date: row.new_date ?? "", text: row.text ?? "" };
}

/**
 * The form input an error from Python names. The API numbers rounds from the first,
 * the latest being the form's own fields; a history entry's event and kind are one select.
 */
export function apiField(name, earlierRounds) {
  const round = /^rounds\.(\d+)\.(.+)$/.exec(name);
  if (round && Number(round[1]) === earlierRounds) {
    const person = /^people\.(.+)$/.exec(round[2]);
    return person ? `interviewers.${person[1]}` : (ROUND_FIELDS[round[2]] ?? name);
  }
  if (round && round[2].startsWith("people.")) return `rounds.${round[1]}`; // shown on the round's row
  return name.replace(/^(history\.\d+)\.(event|kind)$/, "$1.what");
}

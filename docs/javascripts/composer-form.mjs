// The form: reading and filling its fields, its repeating rows (people, messages
// sent), and which reply fields show. The inputs themselves are drawn at build
// time from the request schema (composer/_schema.py), so nothing here lists them.

export class FormView {
  constructor(root, onChange) {
    this.root = root;
    this.form = root.querySelector("#composer-form");
    this.onChange = onChange;
    this.touched = new Set();
    this.form.addEventListener("input", (event) => {
      if (event.target?.name) this.touched.add(event.target.name);
      this.reveal();
      onChange(event);
    });
    for (const kind of ["interviewers", "sent"]) {
      root.querySelector(`#add-${kind}`).addEventListener("click", () => this.addRow(kind, {}, true));
    }
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
    for (const row of fields.sent ?? []) this.addRow("sent", row);
    this.touched = new Set(touched);
    this.reveal();
  }

  /** Every field's value, with people and sent messages as lists of rows. */
  read() {
    const fields = {};
    for (const element of this.form.querySelectorAll("[name]")) {
      if (element.closest("[data-repeat]") || (element.type === "radio" && !element.checked)) continue;
      fields[element.name] = element.value;
    }
    const rows = (kind) =>
      [...this.root.querySelectorAll(`[data-repeat="${kind}"]`)].map((row) =>
        Object.fromEntries([...row.querySelectorAll("[data-name]")].map((input) => [input.dataset.name, input.value])),
      );
    return { ...fields, interviewers: rows("interviewers"), sent: rows("sent") };
  }

  addRow(kind, values, focus = false) {
    const list = this.root.querySelector(`#${kind}`);
    const row = document.getElementById(`${kind}-template`).content.firstElementChild.cloneNode(true);
    for (const input of row.querySelectorAll("[data-name]")) input.value = values[input.dataset.name] ?? input.value;
    row.querySelector(".remove").addEventListener("click", () => {
      row.remove();
      this.renumber(kind);
      this.onChange();
    });
    list.append(row);
    this.renumber(kind);
    if (focus) {
      row.querySelector("input, select").focus();
      this.onChange();
    }
  }

  /** Log a message as sent today ("I sent this"). */
  logSent(kind, date) {
    this.addRow("sent", { kind, date });
    this.touched.add(`sent.${this.root.querySelectorAll('[data-repeat="sent"]').length - 1}.date`);
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
      row.querySelector(".remove").hidden = kind === "interviewers" && rows.length === 1;
    });
  }

  /** Show the reply's date fields only once there is a reply, and its new date only for a new date. */
  reveal() {
    const kind = this.form.elements.namedItem("reply.kind")?.value ?? "";
    const show = (name, visible) => {
      const input = this.form.elements.namedItem(name);
      if (input) input.closest(".field").hidden = !visible;
    };
    show("reply.date", kind !== "");
    show("reply.new_date", kind === "new_date");
  }

  /** Open the reply fields and put the reader in the first one ("They replied"). */
  openReply() {
    const select = this.form.elements.namedItem("reply.kind");
    select.scrollIntoView({ block: "center" });
    select.focus();
  }

  /** The request Python answers: the form's fields in the API's shape. */
  static request(fields, edits, now) {
    const reply = fields["reply.kind"]
      ? { kind: fields["reply.kind"], date: fields["reply.date"], new_date: fields["reply.kind"] === "new_date" ? fields["reply.new_date"] : "" }
      : null;
    // Dotted names (points.0, reply.kind) are rebuilt below in the API's own shape.
    const request = Object.fromEntries(Object.entries(fields).filter(([name]) => !name.includes(".")));
    return {
      ...request,
      now,
      points: Object.keys(fields).filter((name) => name.startsWith("points.")).sort().map((name) => fields[name]),
      reply,
      days_off: (fields.days_off ?? "").split(/\s+/).filter(Boolean),
      template: fields.template || null,
      // Edits are keyed by template and person, so removing someone never moves an edit.
      edits: Object.entries(edits ?? {}).map(([key, edit]) => ({ key, subject: edit.subject, body: edit.body })),
      page_url: `${location.origin}${location.pathname}`,
    };
  }
}

// Bringing a record saved by an earlier version of the page up to this one. Every
// record passes through here once (storage, import, the old single form), after
// composer-record.mjs has checked its shape.
import { localZone } from "./composer-time.mjs";

export const RECORD_VERSION = 5;

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

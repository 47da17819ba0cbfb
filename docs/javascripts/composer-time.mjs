// Dates and times as the reader's browser sees them.

const TIME = /\b([01]\d|2[0-3]):([0-5]\d)\b/g;
let clock = null; // made once: building an Intl formatter costs more than using it

/** 24-hour times from Python, shown as the reader's browser writes times (Intl). */
export function localTimes(text) {
  clock ??= new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });
  return text.replace(TIME, (_, h, m) => clock.format(new Date(2000, 0, 1, Number(h), Number(m))));
}

/** Today's date in the reader's time zone, as YYYY-MM-DD. */
export function localDate(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last working day before today, for the example's interview. */
export function lastWorkingDay() {
  const day = new Date();
  do day.setDate(day.getDate() - 1);
  while (day.getDay() === 0 || day.getDay() === 6);
  return localDate(day);
}

export function localNow() {
  // Local wall time with its offset, e.g. 2026-11-23T15:04:00+01:00.
  const now = new Date();
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${localDate(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

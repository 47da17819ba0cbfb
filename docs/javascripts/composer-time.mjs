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

/** The reader's IANA time zone, as this browser reports it ("Europe/London"), or "". */
export function localZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    return "";
  }
}

/** Fill the zone fields' shared list with every zone this browser knows, once. */
export function fillZoneList(list) {
  if (!list || list.childElementCount) return;
  let zones = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [localZone()].filter(Boolean); // an older browser: at least the reader's own
  }
  list.append(...zones.map((zone) => Object.assign(document.createElement("option"), { value: zone })));
}

/**
 * A guess at where the employer is, from the browser's language ("en-GB" → GB): the
 * value of the region list's option for that country, or its usual part where the
 * country needs one (the option's data-propose). "" when there is no good guess.
 */
export function proposeRegion(select) {
  let country = "";
  try {
    country = new Intl.Locale(navigator.language).maximize().region ?? "";
  } catch {
    return "";
  }
  const option = [...(select?.options ?? [])].find((candidate) => candidate.value === country);
  return option ? option.dataset.propose || option.value : "";
}

// Read .ics files with Mozilla's ical.js, the parser Thunderbird uses: a second,
// independent reader beside Python's icalendar.
//
//   node tests/icaljs/read.mjs FILE.ics [FILE.ics ...]
//
// Prints one JSON array: for each file, its events with start, duration,
// summary, description, URL and alarm triggers, or the parse error. Each start
// also as seconds since 1970 (`epoch`), so instants can be compared across parsers.
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";

const results = [];
for (const file of process.argv.slice(2)) {
  try {
    const calendar = new ICAL.Component(ICAL.parse(await readFile(file, "utf-8")));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        start: event.startDate.toString(),
        floating: event.startDate.zone === ICAL.Timezone.localTimezone,
        utc: event.startDate.zone === ICAL.Timezone.utcTimezone,
        epoch: event.startDate.toUnixTime(),
        minutes: event.duration.toSeconds() / 60,
        summary: event.summary,
        description: event.description,
        url: vevent.getFirstPropertyValue("url"),
        stamp: vevent.getFirstPropertyValue("dtstamp").toString(),
        alarms: vevent.getAllSubcomponents("valarm").map((alarm) => alarm.getFirstPropertyValue("trigger").toString()),
      };
    });
    results.push({ file, events });
  } catch (error) {
    results.push({ file, error: String(error) });
  }
}
console.log(JSON.stringify(results));

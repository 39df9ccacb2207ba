// Appointments as iCalendar (RFC 5545), written by hand because it runs in PocketBase's JS engine too, where the
// `ics` package (with its schema library) cannot be bundled small. What RFC 5545 asks and we do:
// CRLF line ends (3.1), lines folded at 75 octets without splitting a UTF-8 character (3.1), TEXT escaping of
// backslash, semicolon, comma and newline (3.3.11), UTC date-times with a trailing Z (3.3.5), and a UID and
// DTSTAMP on every VEVENT (3.6.1).

export interface CalendarAppointment {
  id: string;
  title: string;
  /** ISO 8601 or PocketBase's "YYYY-MM-DD HH:MM:SS.sssZ", in UTC. */
  starts: string;
  ends?: string | null;
  place?: string | null;
  with?: string | null;
  interpreter?: boolean;
  status?: "planned" | "cancelled" | "done";
}

const LINE_LIMIT_OCTETS = 75;

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds one content line: every physical line is at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let currentOctets = 0;
  for (const character of Array.from(line)) {
    const octets = utf8Length(character);
    const limit = parts.length === 0 ? LINE_LIMIT_OCTETS : LINE_LIMIT_OCTETS - 1;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = "";
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** "2026-12-01 09:30:00.000Z" → "20261201T093000Z"; null when it is not a date-time. */
export function formatUtcDateTime(value: string): string | null {
  const parsed = Date.parse(value.includes(" ") ? value.replace(" ", "T") : value);
  if (!Number.isFinite(parsed)) return null;
  return new Date(parsed).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

export function buildCalendar(
  appointments: CalendarAppointment[],
  options: { now: Date; calendarName: string; uidDomain: string; interpreterNote: string },
): string {
  const stamp = formatUtcDateTime(options.now.toISOString());
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//velkommen//plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  for (const appointment of appointments) {
    const starts = formatUtcDateTime(appointment.starts);
    if (!starts) continue;
    const ends = appointment.ends ? formatUtcDateTime(appointment.ends) : null;
    const description = [appointment.with ?? "", appointment.interpreter ? options.interpreterNote : ""].filter(Boolean).join("\n");
    lines.push("BEGIN:VEVENT", `UID:${appointment.id}@${options.uidDomain}`, `DTSTAMP:${stamp}`, `DTSTART:${starts}`);
    if (ends) lines.push(`DTEND:${ends}`);
    lines.push(`SUMMARY:${escapeText(appointment.title)}`);
    if (appointment.place) lines.push(`LOCATION:${escapeText(appointment.place)}`);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    lines.push(`STATUS:${appointment.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

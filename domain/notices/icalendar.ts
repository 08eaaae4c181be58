// A minimal RFC 5545 writer for one all-day event with an alarm: enough for a deadline to land
// in an agency's calendar and to be updated in place when it moves. Pure string building.
import { addDays } from '../calendar';

export interface TCalendarPerson {
  name: string;
  email: string;
}

interface TCalendarEvent {
  /** Stable across updates: a calendar replaces the event with the same UID and a higher SEQUENCE. */
  uid: string;
  sequence: number;
  /** The local day of the event, YYYY-MM-DD (an all-day event is the same day in every zone). */
  day: string;
  /** DTSTAMP: when this version of the event was issued, an ISO instant. */
  stamp: string;
  summary: string;
  description: string;
  url?: string;
  /** REQUEST (an invitation that updates itself) needs an organizer; PUBLISH otherwise. */
  organizer?: TCalendarPerson;
  attendees?: TCalendarPerson[];
  /** RFC 5545 duration before the start of the day, e.g. "-PT16H" for 08:00 the day before. */
  alarmTrigger: string;
  alarmDescription: string;
  /** A cancelled event is withdrawn from the calendars that hold it (METHOD:CANCEL with an organizer). */
  cancelled?: boolean;
}

const CALENDAR_PRODUCT_ID = '-//dondoc//Notices//VI';

export type TCalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

/** RFC 5546: REQUEST and CANCEL come from an organizer; without one the event is only published. */
export function calendarMethodOf(event: Pick<TCalendarEvent, 'organizer' | 'cancelled'>): TCalendarMethod {
  if (!event.organizer) return 'PUBLISH';
  return event.cancelled ? 'CANCEL' : 'REQUEST';
}

export function buildCalendarEvent(event: TCalendarEvent): string {
  const method = calendarMethodOf(event);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${CALENDAR_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtcStamp(event.stamp)}`,
    `DTSTART;VALUE=DATE:${compactDay(event.day)}`,
    `DTEND;VALUE=DATE:${compactDay(addDays(event.day, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.organizer ? [`ORGANIZER;CN=${quoteParameter(event.organizer.name)}:mailto:${event.organizer.email}`] : []),
    ...(method !== 'PUBLISH'
      ? (event.attendees ?? []).map(
          (attendee) => `ATTENDEE;CN=${quoteParameter(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${attendee.email}`,
        )
      : []),
    event.cancelled ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
    // A deadline does not make anyone busy: it must not block meetings in the agency's calendar.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.alarmDescription)}`,
    `TRIGGER:${event.alarmTrigger}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function quoteParameter(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space. Octets, not
 * characters: a Vietnamese letter takes 2 or 3 bytes in UTF-8, and a fold never splits one.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = utf8Length(character);
    const limit = pieces.length === 0 ? 75 : 74;
    if (currentOctets + octets > limit) {
      pieces.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0)!;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function compactDay(day: string): string {
  return day.replace(/-/g, '');
}

function formatUtcStamp(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

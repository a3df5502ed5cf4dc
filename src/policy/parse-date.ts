/**
 * Date condition values (iam-semantics.md §3.3): the W3C profile of ISO 8601 — YYYY, YYYY-MM, YYYY-MM-DD,
 * YYYY-MM-DDThh:mmTZD, YYYY-MM-DDThh:mm:ssTZD, YYYY-MM-DDThh:mm:ss.sTZD with TZD `Z` or `±hh:mm` — or integer
 * epoch seconds. Partial dates denote the start of the period, midnight UTC [L]. Returns epoch seconds
 * (fractional when the value has fractional seconds), or undefined.
 * Four digits read as a year (`2020`), not as 2,020 seconds after 1970: both readings fit, and nobody means
 * the first hour of 1970.
 */
const W3C = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

export function epochSecondsOf(text: string): number | undefined {
  if (/^-?\d+$/.test(text) && !/^\d{4}$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  const m = W3C.exec(text);
  if (m === null) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac = '', tzd = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = tzdMinutes(tzd);
  if (offset === undefined) return undefined;
  const millis = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that.
  const date = new Date(millis);
  date.setUTCFullYear(year);
  const whole = date.getTime() / 1000 - offset * 60;
  return frac === '' ? whole : whole + Number(`0${frac}`);
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function tzdMinutes(tzd: string): number | undefined {
  if (tzd === 'Z') return 0;
  const hours = Number(tzd.slice(1, 3));
  const minutes = Number(tzd.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  return (tzd.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

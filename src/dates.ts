// Calendar days in UTC, as YYYY-MM-DD strings: they sort and compare as text.
import { UserError } from './errors.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The YYYY-MM-DD of a real calendar date, or undefined (2026-02-30 is not one). */
export function parseDay(text: string): string | undefined {
  const m = DAY.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? text : undefined;
}

/** The UTC calendar day of an instant. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from one day to a later one (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/**
 * The clock of a run: now, or the UTC day in TOLLGATE_NOW (YYYY-MM-DD), a testing aid that lets
 * end-to-end tests see waivers expire without waiting.
 */
export function clockFromEnv(value: string | undefined): Date {
  if (value === undefined || value === '') return new Date();
  const day = parseDay(value);
  if (day === undefined) throw new UserError(`TOLLGATE_NOW="${value}" is not a date; set it to YYYY-MM-DD or unset it`);
  return new Date(`${day}T00:00:00Z`);
}

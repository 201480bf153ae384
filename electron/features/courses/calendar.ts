/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The dates of a recurring calendar: every chosen weekday for `weeks` weeks
 * starting at `from` (inclusive), minus the dates to skip.
 * "Every Tuesday from 3 March for 10 weeks" → 10 dates.
 */
export function calendarDates(options: {
  from: string;
  weeks: number;
  weekdays: number[];
  skipDates: string[];
}): string[] {
  const wanted = new Set(options.weekdays);
  const skip = new Set(options.skipDates);
  const dates: string[] = [];
  for (let offset = 0; offset < options.weeks * 7; offset++) {
    const date = addDays(options.from, offset);
    if (wanted.has(isoWeekday(date)) && !skip.has(date)) dates.push(date);
  }
  return dates;
}

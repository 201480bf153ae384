import { describe, expect, it } from 'vitest';
import { consecutiveAbsences, minutesBetween } from '../../db/queries/attendance';
import { addDays, calendarDates, isoWeekday } from '../../electron/features/courses/calendar';

describe('course calendar', () => {
  it('knows ISO weekdays', () => {
    expect(isoWeekday('2026-03-03')).toBe(2); // a Tuesday
    expect(isoWeekday('2026-03-08')).toBe(7); // a Sunday
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('lists every Tuesday for 10 weeks, minus skipped dates', () => {
    const dates = calendarDates({ from: '2026-03-03', weeks: 10, weekdays: [2], skipDates: [] });
    expect(dates).toHaveLength(10);
    expect(dates[9]).toBe('2026-05-05');
    const skipped = calendarDates({
      from: '2026-03-03',
      weeks: 10,
      weekdays: [2],
      skipDates: ['2026-04-07', '2026-12-25'],
    });
    expect(skipped).toHaveLength(9);
    expect(skipped).not.toContain('2026-04-07');
  });

  it('handles several weekdays and a start in mid-week', () => {
    const dates = calendarDates({ from: '2026-03-04', weeks: 2, weekdays: [1, 3], skipDates: [] });
    expect(dates).toEqual(['2026-03-04', '2026-03-09', '2026-03-11', '2026-03-16']);
  });
});

describe('attendance arithmetic', () => {
  it('measures sessions in minutes', () => {
    expect(minutesBetween('14:00', '17:00')).toBe(180);
    expect(minutesBetween('09:15', '12:45')).toBe(210);
  });

  it('counts absences in a row from the newest session, skipping excused ones', () => {
    expect(consecutiveAbsences('')).toBe(0);
    expect(consecutiveAbsences('aap')).toBe(2);
    expect(consecutiveAbsences('-ap')).toBe(2);
    expect(consecutiveAbsences('aea')).toBe(2);
    expect(consecutiveAbsences('pa')).toBe(0);
    expect(consecutiveAbsences('la')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  hoursText,
  parseHours,
  serverRowErrors,
  toSaveRows,
  withStatus,
  type GridRow,
} from '../../renderer/features/courses/attendanceGrid';
import { COURSE_TABS, parseCoursesRoute } from '../../renderer/features/courses/routes';
import { ATTENDANCE_STATUSES } from '../../electron/features/attendance/contract';
import {
  COURSE_MODES,
  COURSE_TRACKS,
  ENROLMENT_STATUSES,
  SESSION_STATUSES,
} from '../../electron/features/courses/contract';
import {
  PROJECT_TRACKS,
  TARGET_INDICATORS,
  TARGET_UNITS,
} from '../../electron/features/projects/contract';
import { catalogues } from '../../renderer/i18n/catalogues';

const row = (participantId: number, status: GridRow['status'], hours = ''): GridRow => ({
  participantId,
  status,
  hours,
});

describe('attendance grid values', () => {
  it('shows minutes as hours in the user’s language and reads them back', () => {
    expect(hoursText(180, 'it-IT')).toBe('3');
    expect(hoursText(150, 'it-IT')).toBe('2,5');
    expect(hoursText(150, 'en-GB')).toBe('2.5');
    expect(parseHours('2,5')).toBe(150);
    expect(parseHours('2.5')).toBe(150);
    expect(parseHours('1:45')).toBe(105);
    expect(parseHours(' 3 ')).toBe(180);
    expect(parseHours('due')).toBeNull();
    expect(parseHours('-1')).toBeNull();
  });

  it('fills the hours from the status: session length, zero, or waiting for the late hours', () => {
    expect(withStatus(row(1, null), 'present', 180, 'it-IT').hours).toBe('3');
    expect(withStatus(row(1, 'present', '3'), 'absent', 180, 'it-IT').hours).toBe('0');
    expect(withStatus(row(1, 'present', '3'), 'late', 180, 'it-IT').hours).toBe('');
  });

  it('turns rows into one save call, or says which rows are wrong', () => {
    expect(
      toSaveRows([row(1, 'present', '3'), row(2, 'absent', '0'), row(3, 'late', '2,5')], 180),
    ).toEqual({
      ok: true,
      rows: [
        { participantId: 1, status: 'present', minutes: 180 },
        { participantId: 2, status: 'absent', minutes: 0 },
        { participantId: 3, status: 'late', minutes: 150 },
      ],
    });
    expect(
      toSaveRows(
        [row(1, null), row(2, 'late', ''), row(3, 'present', '4'), row(4, 'late', 'x')],
        180,
      ),
    ).toEqual({
      ok: false,
      errors: {
        1: 'attendance.error.noStatus',
        2: 'errors.lateNeedsMinutes',
        3: 'errors.minutesBeyondSession',
        4: 'attendance.error.hours',
      },
    });
  });

  it('puts the server’s row errors on the people they are about', () => {
    const sent = [
      { participantId: 7, status: 'present' as const },
      { participantId: 9, status: 'late' as const, minutes: 500 },
    ];
    expect(serverRowErrors({ 'rows.1.minutes': 'Troppe ore', sessionId: 'x' }, sent)).toEqual({
      9: 'Troppe ore',
    });
  });
});

describe('Corsi routes', () => {
  it('parses the paths below #/courses', () => {
    expect(parseCoursesRoute([])).toEqual({ name: 'courseList' });
    expect(parseCoursesRoute(['12', 'attendance'])).toEqual({
      name: 'course',
      id: 12,
      tab: 'attendance',
    });
    expect(parseCoursesRoute(['12', 'sessions', '34'])).toEqual({
      name: 'sessionAttendance',
      courseId: 12,
      sessionId: 34,
    });
    expect(parseCoursesRoute(['projects', '5'])).toEqual({ name: 'projectEdit', id: 5 });
    expect(parseCoursesRoute(['0'])).toEqual({ name: 'notFound' });
    expect(parseCoursesRoute(['12', 'sessions', 'x'])).toEqual({ name: 'notFound' });
  });
});

describe('Corsi catalogues', () => {
  // Keys built from contract values at run time: a new value needs its label in both languages.
  it.each(['it', 'en'] as const)(
    'label every choice the screens build keys for, in %s',
    (locale) => {
      const keys = [
        ...COURSE_TRACKS.map((v) => `courses.track.${v}`),
        ...PROJECT_TRACKS.map((v) => `courses.track.${v}`),
        ...COURSE_MODES.map((v) => `courses.mode.${v}`),
        ...SESSION_STATUSES.map((v) => `courses.sessionStatus.${v}`),
        ...ENROLMENT_STATUSES.map((v) => `courses.enrolmentStatus.${v}`),
        ...ATTENDANCE_STATUSES.map((v) => `attendance.status.${v}`),
        ...TARGET_INDICATORS.map((v) => `projects.indicator.${v}`),
        ...TARGET_UNITS.map((v) => `projects.unit.${v}`),
        ...COURSE_TABS.map((v) => `courses.tab.${v}`),
      ];
      expect(keys.filter((key) => !catalogues[locale][key])).toEqual([]);
    },
  );
});

import { FormattedMessage, useIntl } from 'react-intl';
import type { Session } from '../../../electron/features/courses/contract';
import { hoursText } from './attendanceGrid';

/** "martedì 3 marzo 2026, 14:00–17:00 (3 ore)" in the user's language. */
export function SessionWhen({ session }: { session: Session }) {
  const intl = useIntl();
  return (
    <>
      <span className="session-date">{formatSessionDate(intl.locale, session.date, 'long')}</span>
      {', '}
      <FormattedMessage
        id="courses.session.timeRange"
        values={{
          start: session.startTime,
          end: session.endTime,
          hours: hoursText(session.minutes, intl.locale),
        }}
      />
    </>
  );
}

/** A YYYY-MM-DD date with its weekday, read as a calendar date (no time zone shift). */
export function formatSessionDate(
  locale: string,
  isoDate: string,
  style: 'long' | 'short' = 'short',
): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : '2-digit',
    year: 'numeric',
  }).format(date);
}

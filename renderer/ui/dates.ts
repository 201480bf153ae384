import { useIntl } from 'react-intl';

/** Dates are stored as YYYY-MM-DD and shown in the user's locale (dd/mm/yyyy in Italian). */
export function useFormatDate(): (isoDate: string) => string {
  const intl = useIntl();
  return (isoDate: string) => {
    const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
    if (Number.isNaN(date.getTime())) return isoDate;
    return intl.formatDate(date, {
      timeZone: isoDate.length === 10 ? 'UTC' : undefined,
      day: '2-digit',
      month: intl.locale.startsWith('it') ? '2-digit' : 'short',
      year: 'numeric',
    });
  };
}

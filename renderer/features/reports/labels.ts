import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type {
  Breakdown,
  Outcome,
  TargetProgress,
} from '../../../electron/features/reports/contract';
import { useCountryName } from '../../ui/countries';
import type { DrillFigure } from './routes';

/** The figure behind a target, when the drill-down can list it. */
export function targetFigure(target: TargetProgress): DrillFigure | null {
  switch (target.indicator) {
    case 'participants_total':
    case 'participants_by_track':
      return target.track
        ? { kind: 'breakdown', breakdown: 'track', key: target.track }
        : { kind: 'people' };
    case 'participants_women':
    case 'women_share':
      // Women of one track only are not a figure the drill-down knows.
      return target.track ? null : { kind: 'women' };
    case 'training_hours':
      return null;
    case 'associations':
      return { kind: 'outcome', outcome: 'associationsFounded' };
    default:
      return { kind: 'outcome', outcome: target.indicator };
  }
}

/** Labels and numbers of the dashboard in the interface language. */
export function useReportLabels() {
  const intl = useIntl();
  const countryName = useCountryName();
  return useMemo(() => {
    const t = (id: string, values?: Record<string, string | number>) =>
      intl.formatMessage({ id }, values);
    const bucket = (breakdown: Breakdown, key: string): string => {
      switch (breakdown) {
        case 'citizenship':
          return key === 'other' || key === 'none'
            ? t(`reports.citizenship.${key}`)
            : countryName(key);
        case 'thirdCountry':
        case 'protection':
          return t(key === 'yes' ? 'reports.yes' : 'reports.no');
        case 'track':
          return t(`courses.track.${key}`);
        default:
          return t(`reports.${breakdown}.${key}`);
      }
    };
    const breakdown = (b: Breakdown) => t(`reports.breakdown.${b}`);
    const outcome = (o: Outcome) => t(`reports.outcome.${o}`);
    const indicator = (target: Pick<TargetProgress, 'indicator' | 'track'>) => {
      const name = t(`projects.indicator.${target.indicator}`);
      return target.track
        ? t('reports.target.withTrack', {
            indicator: name,
            track: t(`courses.track.${target.track}`),
          })
        : name;
    };
    const figure = (f: DrillFigure): string => {
      switch (f.kind) {
        case 'people':
          return t('reports.figure.people');
        case 'women':
          return t('reports.figure.women');
        case 'outcome':
          return outcome(f.outcome);
        case 'breakdown':
          return t('reports.drill.title', {
            group: breakdown(f.breakdown),
            item: bucket(f.breakdown, f.key),
          });
      }
    };
    /** Hours and counts: whole numbers stay whole, hours keep one decimal. */
    const number = (n: number) => intl.formatNumber(n, { maximumFractionDigits: 1 });
    /** `share` is a fraction (0.5 → 50 %). */
    const percent = (share: number) =>
      intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
    return { t, bucket, breakdown, outcome, indicator, figure, number, percent };
  }, [intl, countryName]);
}

export type ReportLabels = ReturnType<typeof useReportLabels>;

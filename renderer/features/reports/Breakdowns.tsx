import {
  BREAKDOWNS,
  type Breakdown,
  type Dashboard,
} from '../../../electron/features/reports/contract';
import { BarChart } from './BarChart';
import { useReportLabels } from './labels';
import type { DrillFigure } from './routes';

const NOTES: Record<Breakdown, string> = {
  sex: 'reports.breakdownNote.people',
  ageBand: 'reports.breakdownNote.ageBand',
  citizenship: 'reports.breakdownNote.citizenship',
  thirdCountry: 'reports.breakdownNote.thirdCountry',
  protection: 'reports.breakdownNote.people',
  track: 'reports.breakdownNote.track',
  attendanceRate: 'reports.breakdownNote.attendanceRate',
};

/** The breakdowns funders ask for, one bar chart each. */
export function Breakdowns({
  dashboard,
  onOpen,
}: {
  dashboard: Dashboard;
  onOpen: (figure: DrillFigure) => void;
}) {
  const labels = useReportLabels();
  const enrolments = dashboard.breakdowns.attendanceRate.reduce((sum, b) => sum + b.count, 0);
  return (
    <div className="chart-grid">
      {BREAKDOWNS.map((breakdown) => (
        <BarChart
          key={breakdown}
          id={`chart-${breakdown}`}
          title={labels.breakdown(breakdown)}
          note={labels.t(NOTES[breakdown])}
          unit={breakdown === 'attendanceRate' ? 'enrolments' : 'people'}
          total={breakdown === 'attendanceRate' ? enrolments : dashboard.people.total}
          bars={dashboard.breakdowns[breakdown].map((b) => ({
            key: b.key,
            label: labels.bucket(breakdown, b.key),
            count: b.count,
          }))}
          onOpen={(key) => onOpen({ kind: 'breakdown', breakdown, key })}
        />
      ))}
    </div>
  );
}

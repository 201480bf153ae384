import { FormattedMessage } from 'react-intl';
import type { TargetProgress } from '../../../electron/features/reports/contract';
import { targetFigure, useReportLabels, type ReportLabels } from './labels';
import type { DrillFigure } from './routes';

function amount(labels: ReportLabels, value: number, unit: string): string {
  if (unit === 'percent') return `${labels.number(value)}%`;
  if (unit === 'people' || unit === 'hours' || unit === 'certificates') {
    return labels.t(`reports.amount.${unit}`, { n: value });
  }
  return labels.number(value);
}

function TargetCard({
  target,
  index,
  onOpen,
}: {
  target: TargetProgress;
  index: number;
  onOpen: (figure: DrillFigure) => void;
}) {
  const labels = useReportLabels();
  const figure = targetFigure(target);
  const id = `target-${index}`;
  const actual =
    target.unit === 'percent' ? `${labels.number(target.actual)}%` : labels.number(target.actual);
  return (
    <li className={`target-card target-${target.status}`}>
      <div className="target-head">
        <h3 id={`${id}-name`}>{labels.indicator(target)}</h3>
        <span className={`status-badge status-${target.status}`}>
          <FormattedMessage id={`reports.status.${target.status}`} />
        </span>
      </div>
      <p className="target-numbers">
        {figure && target.actual > 0 ? (
          <button
            type="button"
            className="target-actual figure-link"
            onClick={() => onOpen(figure)}
          >
            <span className="visually-hidden">{`${labels.indicator(target)}: `}</span>
            {actual}
            <span className="visually-hidden">{`, ${labels.t('reports.figure.open')}`}</span>
          </button>
        ) : (
          <span className="target-actual">{actual}</span>
        )}{' '}
        <span className="target-of">
          <FormattedMessage
            id="reports.target.of"
            values={{ target: amount(labels, target.target, target.unit) }}
          />
        </span>
      </p>
      <progress
        className="target-progress"
        max={1}
        value={Math.min(1, target.progress)}
        aria-label={labels.t('reports.target.progressLabel', {
          actual,
          target: amount(labels, target.target, target.unit),
        })}
      />
      <p className="target-percent">
        <FormattedMessage
          id="reports.target.progress"
          values={{ percent: labels.percent(target.progress) }}
        />
      </p>
    </li>
  );
}

/** The project's targets, each with its live value, a progress bar and a status. */
export function TargetCards({
  targets,
  onOpen,
}: {
  targets: TargetProgress[];
  onOpen: (figure: DrillFigure) => void;
}) {
  return (
    <ul className="target-grid">
      {targets.map((target, index) => (
        <TargetCard
          key={`${target.indicator}-${target.track ?? ''}-${index}`}
          target={target}
          index={index}
          onOpen={onOpen}
        />
      ))}
    </ul>
  );
}

import { FormattedMessage } from 'react-intl';
import { OUTCOMES, type Dashboard } from '../../../electron/features/reports/contract';
import { useReportLabels } from './labels';
import type { DrillFigure } from './routes';

interface TileProps {
  id: string;
  label: string;
  value: string;
  note?: string;
  /** The people behind the figure; none for hours, which no list can show. */
  figure?: DrillFigure;
  empty?: boolean;
  onOpen: (figure: DrillFigure) => void;
}

function Tile({ id, label, value, note, figure, empty = false, onOpen }: TileProps) {
  const body = (
    <>
      <span className="tile-label" id={`${id}-label`}>
        {label}
      </span>
      <span className="tile-value">{value}</span>
      {note ? <span className="tile-note">{note}</span> : null}
    </>
  );
  if (figure && !empty) {
    return (
      <li>
        <button
          type="button"
          className="figure-tile figure-tile-open"
          data-figure={id}
          onClick={() => onOpen(figure)}
        >
          {body}
          <span className="tile-open">
            <FormattedMessage id="reports.figure.open" />
            <span aria-hidden="true"> ›</span>
          </span>
        </button>
      </li>
    );
  }
  return (
    <li>
      <div className="figure-tile" data-figure={id}>
        {body}
      </div>
    </li>
  );
}

/** People reached, women, training hours and volunteering: the figures funders ask first. */
export function KeyFigures({
  dashboard,
  onOpen,
}: {
  dashboard: Dashboard;
  onOpen: (figure: DrillFigure) => void;
}) {
  const labels = useReportLabels();
  const { people, hours, volunteering } = dashboard;
  return (
    <ul className="tile-grid">
      <Tile
        id="people"
        label={labels.t('reports.figure.people')}
        value={labels.number(people.total)}
        note={labels.t('reports.figure.peopleNote')}
        figure={{ kind: 'people' }}
        empty={people.total === 0}
        onOpen={onOpen}
      />
      <Tile
        id="women"
        label={labels.t('reports.figure.women')}
        value={labels.number(people.women)}
        note={
          people.womenShare === null
            ? undefined
            : labels.t('reports.figure.womenNote', {
                share: labels.percent(people.womenShare / 100),
              })
        }
        figure={{ kind: 'women' }}
        empty={people.women === 0}
        onOpen={onOpen}
      />
      <Tile
        id="delivered"
        label={labels.t('reports.figure.deliveredHours')}
        value={labels.number(hours.delivered)}
        note={labels.t('reports.figure.deliveredNote', { n: hours.sessionsHeld })}
        onOpen={onOpen}
      />
      <Tile
        id="attended"
        label={labels.t('reports.figure.attendedHours')}
        value={labels.number(hours.attended)}
        note={labels.t('reports.figure.attendedNote')}
        onOpen={onOpen}
      />
      <Tile
        id="volunteering"
        label={labels.t('reports.figure.volunteeringHours')}
        value={labels.number(volunteering.hours)}
        note={labels.t('reports.figure.volunteeringNote', { n: volunteering.volunteers })}
        onOpen={onOpen}
      />
    </ul>
  );
}

/** Internships, jobs, businesses, associations and certificates in the period. */
export function OutcomeTiles({
  dashboard,
  onOpen,
}: {
  dashboard: Dashboard;
  onOpen: (figure: DrillFigure) => void;
}) {
  const labels = useReportLabels();
  return (
    <ul className="tile-grid tile-grid-small">
      {OUTCOMES.map((outcome) => (
        <Tile
          key={outcome}
          id={`outcome-${outcome}`}
          label={labels.outcome(outcome)}
          value={labels.number(dashboard.outcomes[outcome])}
          figure={{ kind: 'outcome', outcome }}
          empty={dashboard.outcomes[outcome] === 0}
          onOpen={onOpen}
        />
      ))}
    </ul>
  );
}

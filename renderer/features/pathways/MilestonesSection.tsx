import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PathwayDetail } from '../../../electron/features/pathways/contract';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { focusSoon } from './dates';
import { MilestoneForm } from './MilestoneForm';
import { useMilestoneFacts } from './milestones';
import { SectionTitle } from './SectionTitle';

/** Tappe: the dated steps of the pathway with their typed details, and a form to add one. */
export function MilestonesSection({
  pathway,
  onChanged,
}: {
  pathway: PathwayDetail;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const facts = useMilestoneFacts();
  const [open, setOpen] = useState(false);
  const milestones = [...pathway.milestones].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="detail-section pathway-section" aria-labelledby="pathway-milestones-title">
      <SectionTitle section="milestones" />
      {milestones.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="pathways.milestone.none" />
        </p>
      ) : (
        <ol className="milestone-list">
          {milestones.map((m) => (
            <li key={m.id} className="milestone">
              <p className="milestone-head">
                <strong>{formatDate(m.date)}</strong>
                {' · '}
                {intl.formatMessage({ id: `pathways.milestoneType.${m.details.type}` })}
              </p>
              <dl className="milestone-facts">
                {facts(m.details).map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {can('milestones.create') ? (
        open ? (
          <MilestoneForm
            pathway={pathway}
            onCancel={() => {
              setOpen(false);
              focusSoon('pathway-milestones-title');
            }}
            onDone={() => {
              setOpen(false);
              onChanged();
              focusSoon('pathway-milestones-title');
            }}
          />
        ) : (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setOpen(true);
              focusSoon('milestone-details-type');
            }}
          >
            <FormattedMessage id="pathways.milestone.add" />
          </button>
        )
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  SCREENING_DIMENSIONS,
  type PathwayDetail,
} from '../../../electron/features/pathways/contract';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { focusSoon } from './dates';
import { ScreeningForm } from './ScreeningForm';
import { comparedScreenings, scoreOf } from './screening';
import { SectionTitle } from './SectionTitle';

function History({ pathway }: { pathway: PathwayDetail }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const { baseline, latest } = comparedScreenings(pathway.screenings);
  const t = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);
  if (!baseline && !latest) {
    return (
      <p className="muted">
        <FormattedMessage id="pathways.screening.none" />
      </p>
    );
  }
  return (
    <table className="data-table screening-table">
      <caption className="visually-hidden">{t('pathways.screening.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pathways.screening.dimension')}</th>
          <th scope="col">
            {t('pathways.screening.baseline')}
            {baseline ? <span className="th-date">{formatDate(baseline.date)}</span> : null}
          </th>
          <th scope="col">
            {t('pathways.screening.latest')}
            {latest ? <span className="th-date">{formatDate(latest.date)}</span> : null}
          </th>
          <th scope="col">{t('pathways.screening.change')}</th>
        </tr>
      </thead>
      <tbody>
        {SCREENING_DIMENSIONS.map((d) => {
          const before = scoreOf(baseline, d);
          const after = scoreOf(latest, d);
          let change = '—';
          if (before && after) {
            const trend =
              after.level === before.level ? 'same' : after.level < before.level ? 'down' : 'up';
            change = `${before.level} → ${after.level} (${t(`pathways.screening.trend.${trend}`)})`;
          }
          return (
            <tr key={d}>
              <th scope="row">{t(`pathways.dimension.${d}`)}</th>
              <td>
                {before ? before.level : '—'}
                {before?.note ? <span className="score-note">{before.note}</span> : null}
              </td>
              <td>
                {after ? after.level : '—'}
                {after?.note ? <span className="score-note">{after.note}</span> : null}
              </td>
              <td className="screening-change">{change}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Scheda di screening: baseline against the latest follow-up, and a form to add one. */
export function ScreeningSection({
  pathway,
  onChanged,
}: {
  pathway: PathwayDetail;
  onChanged: () => void;
}) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  const hasBaseline = pathway.screenings.some((s) => s.kind === 'baseline');
  return (
    <section className="detail-section pathway-section" aria-labelledby="pathway-screening-title">
      <SectionTitle section="screening" />
      <p className="muted">
        <FormattedMessage id="pathways.screening.scale" />
      </p>
      <History pathway={pathway} />
      {can('screenings.create') ? (
        open ? (
          <ScreeningForm
            pathway={pathway}
            kind={hasBaseline ? 'follow_up' : 'baseline'}
            onCancel={() => {
              setOpen(false);
              focusSoon('pathway-screening-title');
            }}
            onDone={() => {
              setOpen(false);
              onChanged();
              focusSoon('pathway-screening-title');
            }}
          />
        ) : (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setOpen(true);
              focusSoon('screening-date');
            }}
          >
            <FormattedMessage
              id={hasBaseline ? 'pathways.screening.addFollowUp' : 'pathways.screening.addBaseline'}
            />
          </button>
        )
      ) : null}
    </section>
  );
}

import { FormattedMessage, useIntl } from 'react-intl';
import type { PathwayDetail } from '../../../electron/features/pathways/contract';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { paths } from '../../app/router';
import { CloseSection } from './CloseSection';
import { usePathway } from './hooks';
import { MeetingsSection } from './MeetingsSection';
import { MilestonesSection } from './MilestonesSection';
import { PlanSection } from './PlanSection';
import { ReferralsSection } from './ReferralsSection';
import { pathwayPaths } from './routes';
import { ScreeningSection } from './ScreeningSection';
import { PATHWAY_SECTIONS } from './SectionTitle';
import { VolunteeringSection } from './VolunteeringSection';

function Header({ pathway }: { pathway: PathwayDetail }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const t = (id: string) => intl.formatMessage({ id });
  const item = (label: string, value: string) => (
    <div className="detail-item">
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="detail-grid pathway-details">
      {item('pathways.field.track', t(`pathways.track.${pathway.track}`))}
      {item('pathways.field.status', t(`pathways.status.${pathway.status}`))}
      {item('pathways.field.openedOn', formatDate(pathway.openedOn))}
      {pathway.closedOn ? item('pathways.field.closedOn', formatDate(pathway.closedOn)) : null}
      {pathway.outcome ? item('pathways.field.outcome', pathway.outcome) : null}
    </dl>
  );
}

/** One pathway: who and what, then screening, plan, meetings, milestones, referrals, volunteering and closing. */
export function PathwayPage({ id }: { id: number }) {
  const intl = useIntl();
  const pathway = usePathway(id);
  if (!pathway.data) {
    return (
      <section className="page">
        <LoadState loading={pathway.loading} error={pathway.error} onRetry={pathway.reload} />
      </section>
    );
  }
  const data = pathway.data;
  const name = `${data.lastName} ${data.firstName}`;
  const changed = pathway.reload;
  return (
    <section className="page pathway-page">
      <p className="breadcrumb">
        <a href={pathwayPaths.home()}>
          <FormattedMessage id="pathways.home.title" />
        </a>
      </p>
      <PageHeading text={intl.formatMessage({ id: 'pathways.page.title' }, { name })}>
        <a className="button-secondary" href={paths.participant(data.participantId)}>
          <FormattedMessage id="pathways.page.personLink" />
        </a>
      </PageHeading>
      <Header pathway={data} />
      <nav className="pathway-toc" aria-label={intl.formatMessage({ id: 'pathways.page.toc' })}>
        <ul>
          {PATHWAY_SECTIONS.map((s) => (
            <li key={s}>
              <a
                href={`#pathway-${s}`}
                onClick={(event) => {
                  // The hash belongs to the router: move to the section without changing it.
                  event.preventDefault();
                  document.getElementById(`pathway-${s}-title`)?.focus();
                }}
              >
                <FormattedMessage id={`pathways.section.${s}`} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ScreeningSection pathway={data} onChanged={changed} />
      <PlanSection
        key={`plan-${data.goals.map((g) => g.id).join('-')}`}
        pathway={data}
        onChanged={changed}
      />
      <MeetingsSection pathway={data} onChanged={changed} />
      <MilestonesSection pathway={data} onChanged={changed} />
      <ReferralsSection pathway={data} onChanged={changed} />
      <VolunteeringSection pathway={data} />
      <CloseSection pathway={data} onChanged={changed} />
    </section>
  );
}

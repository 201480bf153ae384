import { FormattedMessage, useIntl } from 'react-intl';
import type { ChannelName } from '../../../electron/api/contract';
import { Forbidden } from '../../app/Placeholder';
import { paths, SETTINGS_SECTIONS, type SettingsSection } from '../../app/router';
import { PageHeading } from '../../ui/PageHeading';
import { useCan } from '../auth/session';
import { RetentionSection } from '../privacy/RetentionSection';
import { ServicesSection } from '../services/ServicesSection';
import { AuditSection } from './AuditSection';
import { BackupsSection } from './BackupsSection';
import { OrganisationSection } from './OrganisationSection';
import { ProfileSection } from './ProfileSection';
import { UsersSection } from './UsersSection';

/** The channel a section needs: a role that cannot use it does not see the section. */
export const SECTION_CHANNEL: Record<SettingsSection, ChannelName> = {
  profile: 'auth.changePassword',
  organisation: 'settings.update',
  users: 'users.list',
  services: 'services.list',
  audit: 'audit.list',
  backups: 'backups.list',
  retention: 'privacy.retentionReview',
};

function Section({ section }: { section: SettingsSection }) {
  switch (section) {
    case 'profile':
      return <ProfileSection />;
    case 'organisation':
      return <OrganisationSection />;
    case 'users':
      return <UsersSection />;
    case 'services':
      return <ServicesSection />;
    case 'audit':
      return <AuditSection />;
    case 'backups':
      return <BackupsSection />;
    case 'retention':
      return <RetentionSection />;
  }
}

export function SettingsPage({ section }: { section: SettingsSection }) {
  const intl = useIntl();
  const can = useCan();
  const sections = SETTINGS_SECTIONS.filter((s) => can(SECTION_CHANNEL[s]));
  if (!sections.includes(section)) return <Forbidden />;
  return (
    <section className="page">
      <PageHeading id="nav.settings" />
      <nav
        className="section-tabs"
        aria-label={intl.formatMessage({ id: 'settings.sectionsLabel' })}
      >
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <a href={paths.settings(s)} aria-current={s === section ? 'page' : undefined}>
                <FormattedMessage id={`settings.section.${s}`} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Section key={section} section={section} />
    </section>
  );
}

import { FormattedMessage, useIntl } from 'react-intl';
import type { ChannelName } from '../../../electron/api/contract';
import { useCan } from '../auth/session';
import { competencePaths } from './routes';

type Tab = 'framework' | 'certificates' | 'verify';

const TABS: readonly { name: Tab; href: string; channel: ChannelName }[] = [
  { name: 'framework', href: competencePaths.framework(), channel: 'competences.list' },
  { name: 'certificates', href: competencePaths.certificates(), channel: 'certificates.list' },
  { name: 'verify', href: competencePaths.verify(), channel: 'certificates.verify' },
];

/** Quadro delle competenze | Registro degli attestati | Verifica: the screens of the area the role can use. */
export function CompetencesTabs({ current }: { current: Tab }) {
  const intl = useIntl();
  const can = useCan();
  const tabs = TABS.filter((tab) => can(tab.channel));
  if (tabs.length < 2) return null;
  return (
    <nav className="area-tabs" aria-label={intl.formatMessage({ id: 'competences.area.tabs' })}>
      {tabs.map((tab) => (
        <a key={tab.name} href={tab.href} aria-current={tab.name === current ? 'page' : undefined}>
          <FormattedMessage id={`competences.tab.${tab.name}`} />
        </a>
      ))}
    </nav>
  );
}

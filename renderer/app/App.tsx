import { useCallback, useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  ParticipantEditPage,
  ParticipantNewPage,
} from '../features/participants/ParticipantEditor';
import { ParticipantList } from '../features/participants/ParticipantList';
import { ParticipantView } from '../features/participants/ParticipantView';
import { useCan } from '../features/auth/session';
import { CompetencesArea } from '../features/competences/CompetencesArea';
import { CoursesArea } from '../features/courses/CoursesArea';
import { ImportPage } from '../features/imports/ImportPage';
import { PathwaysArea } from '../features/pathways/PathwaysArea';
import { ReportsArea } from '../features/reports/ReportsArea';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { AppMessageId } from '../i18n/it';
import { requestTitleFocus } from '../ui/pageFocus';
import { LanguageSwitch } from './LanguageSwitch';
import { NoticeContext } from './notice';
import { Forbidden, NotFound } from './Placeholder';
import { AREAS, paths, routeArea, useRoute, type Route } from './router';
import { UserMenu } from './UserMenu';

function Page({ route }: { route: Route }) {
  const can = useCan();
  // The router refuses what a role may not do; here the screens are simply not offered.
  switch (route.name) {
    case 'participants':
      return <ParticipantList />;
    case 'participantNew':
      return can('participants.create') ? <ParticipantNewPage /> : <Forbidden />;
    case 'participant':
      return <ParticipantView key={route.id} id={route.id} />;
    case 'participantImport':
      return can('imports.start') ? <ImportPage /> : <Forbidden />;
    case 'participantEdit':
      return can('participants.update') ? (
        <ParticipantEditPage key={route.id} id={route.id} />
      ) : (
        <Forbidden />
      );
    case 'courses':
      return <CoursesArea parts={route.parts} />;
    case 'pathways':
      return <PathwaysArea parts={route.parts} />;
    case 'competences':
      return <CompetencesArea parts={route.parts} />;
    case 'reports':
      return <ReportsArea parts={route.parts} query={route.query} />;
    case 'settings':
      return <SettingsPage section={route.section} />;
    case 'notFound':
      return <NotFound />;
  }
}

export function App() {
  const intl = useIntl();
  const route = useRoute();
  const can = useCan();
  const area = routeArea(route);
  const [notice, setNotice] = useState<{ id: AppMessageId; at: number } | null>(null);
  const notify = useCallback(
    (id: AppMessageId | null) => setNotice(id ? { id, at: Date.now() } : null),
    [],
  );
  const firstRender = useRef(true);

  useEffect(() => {
    const areaName = area ? intl.formatMessage({ id: `nav.${area}` }) : null;
    document.title = areaName ? `${areaName} – Percorsi` : 'Percorsi';
  }, [area, intl]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A notice set just before navigating belongs to the new page; older ones are stale.
    setNotice((current) => (current && Date.now() - current.at < 1500 ? current : null));
    requestTitleFocus();
  }, [route]);

  return (
    <NoticeContext.Provider value={notify}>
      <a className="skip-link" href="#main" onClick={focusMain}>
        <FormattedMessage id="shell.skipToContent" />
      </a>
      <div className="shell">
        <header className="shell-header">
          <a className="brand" href={paths.participants()}>
            <FormattedMessage id="app.name" />
          </a>
          <span className="tagline">
            <FormattedMessage id="app.tagline" />
          </span>
          <LanguageSwitch />
          <UserMenu />
        </header>
        <nav className="shell-nav" aria-label={intl.formatMessage({ id: 'shell.navLabel' })}>
          <ul>
            {AREAS.filter(
              (id) =>
                (id !== 'pathways' || can('caseload.home')) &&
                (id !== 'reports' || can('reports.dashboard')),
            ).map((id) => (
              <li key={id}>
                <a href={paths.area(id)} aria-current={area === id ? 'page' : undefined}>
                  <FormattedMessage id={`nav.${id}`} />
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="shell-main" tabIndex={-1}>
          <div className="notice-region" role="status">
            {notice ? (
              <p className="notice">
                <FormattedMessage id={notice.id} />
              </p>
            ) : null}
          </div>
          <Page route={route} />
        </main>
      </div>
    </NoticeContext.Provider>
  );
}

function focusMain(event: MouseEvent<HTMLAnchorElement>): void {
  // The hash is the router's; move focus without changing the address.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

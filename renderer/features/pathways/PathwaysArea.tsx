import { Forbidden, NotFound } from '../../app/Placeholder';
import { useCan } from '../auth/session';
import { CaseloadHome } from './CaseloadHome';
import { NewPathwayPage } from './NewPathwayPage';
import { PathwayPage } from './PathwayPage';
import { parsePathwaysRoute } from './routes';
import './pathways.css';

/** Everything below #/pathways, for counselors and coordinators. */
export function PathwaysArea({ parts }: { parts: readonly string[] }) {
  const can = useCan();
  if (!can('caseload.home')) return <Forbidden />;
  const route = parsePathwaysRoute(parts);
  switch (route.name) {
    case 'home':
      return <CaseloadHome />;
    case 'new':
      return can('pathways.create') ? <NewPathwayPage /> : <Forbidden />;
    case 'pathway':
      return <PathwayPage key={route.id} id={route.id} />;
    case 'notFound':
      return <NotFound />;
  }
}

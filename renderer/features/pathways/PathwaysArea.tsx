import { Forbidden, NotFound } from '../../app/Placeholder';
import { useCan } from '../auth/session';
import { CaseloadHome } from './CaseloadHome';
import { InsurancePage } from './InsurancePage';
import { NewPathwayPage } from './NewPathwayPage';
import { PathwayPage } from './PathwayPage';
import { parsePathwaysRoute } from './routes';
import './pathways.css';

/** Everything below #/pathways: case work for counselors and coordinators, and the insurance view. */
export function PathwaysArea({ parts }: { parts: readonly string[] }) {
  const can = useCan();
  const route = parsePathwaysRoute(parts);
  // The insurance view has its own audience (coordinators and administrators).
  if (route.name === 'insurance') {
    return can('volunteering.insuranceAlerts') ? <InsurancePage /> : <Forbidden />;
  }
  if (!can('caseload.home')) return <Forbidden />;
  switch (route.name) {
    case 'home':
      return <CaseloadHome />;
    case 'new':
      return can('pathways.create') ? (
        <NewPathwayPage key={route.participantId ?? 0} participantId={route.participantId} />
      ) : (
        <Forbidden />
      );
    case 'pathway':
      return <PathwayPage key={route.id} id={route.id} />;
    case 'notFound':
      return <NotFound />;
  }
}

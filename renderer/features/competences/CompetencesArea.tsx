import { NotFound } from '../../app/Placeholder';
import { FrameworkPage } from './FrameworkPage';
import { parseCompetencesRoute } from './routes';
import './competences.css';

/**
 * Everything below #/competences: the framework here; the certificate registry
 * and Verify come from features/certificates. `parts` are the path segments after it.
 */
export function CompetencesArea({ parts }: { parts: readonly string[] }) {
  const route = parseCompetencesRoute(parts);
  switch (route.name) {
    case 'framework':
      return <FrameworkPage />;
    // The certificate screens (features/certificates) plug in here, with their own role checks.
    case 'certificates':
    case 'verify':
      return <NotFound />;
    case 'notFound':
      return <NotFound />;
  }
}

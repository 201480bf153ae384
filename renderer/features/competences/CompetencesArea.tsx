import { Forbidden, NotFound } from '../../app/Placeholder';
import { useCan } from '../auth/session';
import { RegistryPage } from '../certificates/RegistryPage';
import { VerifyPage } from '../certificates/VerifyPage';
import { FrameworkPage } from './FrameworkPage';
import { parseCompetencesRoute } from './routes';
import './competences.css';

/**
 * Everything below #/competences: the framework here; the certificate registry
 * and Verify come from features/certificates. `parts` are the path segments after it.
 */
export function CompetencesArea({ parts }: { parts: readonly string[] }) {
  const can = useCan();
  const route = parseCompetencesRoute(parts);
  switch (route.name) {
    case 'framework':
      return <FrameworkPage />;
    case 'certificates':
      return can('certificates.list') ? <RegistryPage /> : <Forbidden />;
    case 'verify':
      return can('certificates.verify') ? <VerifyPage /> : <Forbidden />;
    case 'notFound':
      return <NotFound />;
  }
}

import { FormattedMessage } from 'react-intl';
import { PageHeading } from '../ui/PageHeading';
import { paths, type AreaId } from './router';

/** An area not built yet: say so honestly, with no invented content. */
export function Placeholder({ area }: { area: AreaId }) {
  return (
    <section className="page">
      <PageHeading id={`nav.${area}`} />
      <div className="placeholder">
        <p>
          <FormattedMessage id="placeholder.body" />
        </p>
        <p>
          <FormattedMessage id="placeholder.now" />
        </p>
        <a className="button" href={paths.participants()}>
          <FormattedMessage id="placeholder.goToParticipants" />
        </a>
      </div>
    </section>
  );
}

export function NotFound() {
  return (
    <section className="page">
      <PageHeading id="notFound.title" />
      <p>
        <FormattedMessage id="notFound.body" />
      </p>
      <a className="button" href={paths.participants()}>
        <FormattedMessage id="placeholder.goToParticipants" />
      </a>
    </section>
  );
}

/** A page the signed-in role cannot use (reached by typing its address). */
export function Forbidden() {
  return (
    <section className="page">
      <PageHeading id="forbidden.title" />
      <p>
        <FormattedMessage id="errors.forbidden" />
      </p>
      <a className="button" href={paths.participants()}>
        <FormattedMessage id="placeholder.goToParticipants" />
      </a>
    </section>
  );
}

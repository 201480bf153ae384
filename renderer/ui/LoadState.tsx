import { FormattedMessage } from 'react-intl';
import type { ApiError } from '../../electron/api/errors';

/** Loading and load-failure states of a page, with a way to try again. */
export function LoadState({
  loading,
  error,
  onRetry,
}: {
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
}) {
  if (error) {
    return (
      <div className="load-error" role="alert">
        <p>
          <FormattedMessage id="common.loadError" values={{ message: error.message }} />
        </p>
        <button type="button" className="button-secondary" onClick={onRetry}>
          <FormattedMessage id="common.retry" />
        </button>
      </div>
    );
  }
  return loading ? (
    <p className="loading" role="status">
      <FormattedMessage id="app.loading" />
    </p>
  ) : null;
}

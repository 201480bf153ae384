import { useIntl } from 'react-intl';
import type { ReactNode } from 'react';

/**
 * The page's one h1. It takes focus when a page opens (after navigation), so
 * keyboard and screen-reader users start at the top of the new content.
 */
export function PageHeading({
  id,
  text,
  values,
  children,
}: {
  id?: string;
  /** A title that is data, not a message (e.g. a person's name). */
  text?: string;
  values?: Record<string, string>;
  children?: ReactNode;
}) {
  const intl = useIntl();
  return (
    <div className="page-header">
      <h1 id="page-title" tabIndex={-1}>
        {text ?? (id ? intl.formatMessage({ id }, values) : '')}
      </h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </div>
  );
}

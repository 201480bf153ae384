import { useIntl } from 'react-intl';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { titleMounted } from './pageFocus';

/** The page's one h1; it takes focus when a page opens after navigation (see pageFocus). */
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
  useEffect(titleMounted, []);
  return (
    <div className="page-header">
      <h1 id="page-title" tabIndex={-1}>
        {text ?? (id ? intl.formatMessage({ id }, values) : '')}
      </h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </div>
  );
}

import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useCan } from '../auth/session';
import { documentChannel, type DocumentRequest } from './documents';
import { useDownloadDocument } from './hooks';
import { whileBusy } from '../../ui/busy';

function DownloadButton({
  request,
  label,
  className = 'button-secondary',
}: {
  request: DocumentRequest;
  label: string;
  className?: string;
}) {
  const can = useCan();
  const download = useDownloadDocument();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const channel = documentChannel(request);
  if (!can(channel)) return null;
  const onClick = async () => {
    setBusy(true);
    setError(null);
    const problem = await download(request);
    setBusy(false);
    setError(problem);
  };
  return (
    <span className="download">
      <button
        type="button"
        className={className}
        onClick={() => void onClick()}
        {...whileBusy(busy)}
      >
        <FormattedMessage id={busy ? 'courses.document.preparing' : label} />
      </button>
      <span role="status" className="download-error">
        {error ? <span className="form-error">{error}</span> : null}
      </span>
    </span>
  );
}

/** The sign-in sheet of one session, as a PDF to print. */
export function SignInSheetButton({
  sessionId,
  compact = false,
}: {
  sessionId: number;
  compact?: boolean;
}) {
  return (
    <DownloadButton
      request={{ kind: 'session', sessionId }}
      label={compact ? 'courses.document.sessionSheetShort' : 'courses.document.sessionSheet'}
      className={compact ? 'button-quiet' : 'button-secondary'}
    />
  );
}

/** The sign-in sheets of every session of a course, in one PDF. */
export function CourseSheetsButton({ courseId }: { courseId: number }) {
  return (
    <DownloadButton request={{ kind: 'course', courseId }} label="courses.document.courseSheets" />
  );
}

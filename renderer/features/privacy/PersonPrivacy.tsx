import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type {
  AnonymisedPerson,
  PersonalDataExport,
} from '../../../electron/features/privacy/contract';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { useCan } from '../auth/session';
import { ErasureDialog } from './ErasureDialog';
import { saveFile } from '../courses/documents';
import { useErasurePreview, usePrivacyApi } from './hooks';
import './privacy.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'exporting' }
  | { kind: 'exported'; files: PersonalDataExport }
  | { kind: 'anonymised' }
  | { kind: 'error'; message: string };

interface PersonPrivacyProps {
  participantId: number;
  /** How the page names the person (the confirmation repeats it). */
  name: string;
  /** The page reloads the record, which now carries the pseudonym. */
  onAnonymised: (done: AnonymisedPerson) => void;
}

/**
 * On the person's page: the data-protection requests. Export hands over both files of the
 * subject-access copy; Anonimizza opens a confirmation that names what goes and what stays.
 */
export function PersonPrivacy({ participantId, name, onAnonymised }: PersonPrivacyProps) {
  const can = useCan();
  const formatDate = useFormatDate();
  const mayExport = can('privacy.export');
  const mayErase = can('privacy.anonymise');
  const preview = useErasurePreview(participantId, mayExport);
  const { exportData } = usePrivacyApi();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  if (!mayExport) return null;
  const data = preview.data;
  const anonymised = data?.anonymisedAt ? data : null;

  const runExport = () => {
    setStatus({ kind: 'exporting' });
    void exportData({ participantId }).then((result) => {
      if (!result.ok) {
        setStatus({ kind: 'error', message: result.error.message });
        return;
      }
      saveFile(result.data.json);
      saveFile(result.data.pdf);
      setStatus({ kind: 'exported', files: result.data });
    });
  };

  const done = (result: AnonymisedPerson) => {
    setConfirming(false);
    setStatus({ kind: 'anonymised' });
    preview.reload();
    onAnonymised(result);
  };

  return (
    <section className="detail-section person-privacy" aria-labelledby="view-privacy">
      <div className="section-header">
        <h2 id="view-privacy">
          <FormattedMessage id="privacy.section.title" />
        </h2>
      </div>
      {anonymised ? (
        <p className="banner">
          <FormattedMessage
            id="privacy.anonymised.banner"
            values={{
              date: formatDate(anonymised.anonymisedAt ?? ''),
              code: anonymised.pseudonym ?? '',
            }}
          />
        </p>
      ) : (
        <p className="section-intro">
          <FormattedMessage id="privacy.section.intro" />
        </p>
      )}
      <div className="privacy-actions">
        <button
          type="button"
          className="button-secondary"
          disabled={status.kind === 'exporting'}
          onClick={runExport}
        >
          <FormattedMessage id="privacy.export.button" />
        </button>
        {mayErase && data && !anonymised ? (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setStatus({ kind: 'idle' });
              preview.reload();
              setConfirming(true);
            }}
          >
            <FormattedMessage id="privacy.anonymise.button" />
          </button>
        ) : null}
      </div>
      {!data ? (
        <LoadState loading={preview.loading} error={preview.error} onRetry={preview.reload} />
      ) : null}
      <div role="status" className="privacy-status">
        {status.kind === 'exporting' ? <FormattedMessage id="privacy.export.working" /> : null}
        {status.kind === 'exported' ? (
          <>
            <FormattedMessage id="privacy.export.done" />
            <span className="privacy-again">
              <FormattedMessage id="privacy.export.again" />
              <button
                type="button"
                className="button-quiet"
                onClick={() => saveFile(status.files.json)}
              >
                <FormattedMessage id="privacy.export.json" />
              </button>
              <button
                type="button"
                className="button-quiet"
                onClick={() => saveFile(status.files.pdf)}
              >
                <FormattedMessage id="privacy.export.pdf" />
              </button>
            </span>
          </>
        ) : null}
        {status.kind === 'anonymised' ? <FormattedMessage id="privacy.anonymised.done" /> : null}
      </div>
      {status.kind === 'error' ? (
        <p className="form-error" role="alert">
          {status.message}
        </p>
      ) : null}
      {confirming && data && !preview.loading ? (
        <ErasureDialog
          name={name}
          preview={data}
          onCancel={() => setConfirming(false)}
          onDone={done}
        />
      ) : null}
    </section>
  );
}

import { FormattedMessage, useIntl } from 'react-intl';
import {
  KEPT_KINDS,
  REMOVED_KINDS,
  type AnonymisedPerson,
  type ErasureBlocker,
  type ErasurePreview,
} from '../../../electron/features/privacy/contract';
import { Dialog } from '../../ui/Dialog';
import { useErrorText } from '../../ui/Field';
import { useFormatDate } from '../../ui/dates';
import { useAnonymiseForm } from './forms';
import { ConfirmErasureForm } from './ConfirmErasureForm';
import './privacy.css';
import { whileBusy } from '../../ui/busy';

/** One thing that must happen before erasure, in words. */
export function BlockerText({ blocker, short }: { blocker: ErasureBlocker; short?: boolean }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const prefix = short ? 'privacy.retention.blocker' : 'privacy.blocker';
  if (blocker.kind === 'running_course') {
    return (
      <FormattedMessage
        id={`${prefix}.running_course`}
        values={{ course: blocker.courseTitle, date: formatDate(blocker.endDate) }}
      />
    );
  }
  return (
    <FormattedMessage
      id={`${prefix}.open_pathway`}
      values={{ track: intl.formatMessage({ id: `pathways.track.${blocker.track}` }) }}
    />
  );
}

/** What erasure removes and what it keeps, counted from the preview. */
function Consequences({ preview }: { preview: ErasurePreview }) {
  const removed = REMOVED_KINDS.filter((kind) => preview.removed[kind] > 0);
  const kept = KEPT_KINDS.filter((kind) => preview.kept[kind] > 0);
  return (
    <>
      <h3 className="erasure-heading" id="erasure-removed">
        <FormattedMessage id="privacy.dialog.removed" />
      </h3>
      <ul aria-labelledby="erasure-removed" className="erasure-list">
        {preview.personFields.map((field) => (
          <li key={field}>
            <FormattedMessage id={`privacy.field.${field}`} />
          </li>
        ))}
        {removed.map((kind) => (
          <li key={kind}>
            <FormattedMessage
              id={`privacy.removed.${kind}`}
              values={{ count: preview.removed[kind] }}
            />
          </li>
        ))}
      </ul>
      <h3 className="erasure-heading" id="erasure-kept">
        <FormattedMessage id="privacy.dialog.kept" />
      </h3>
      <ul aria-labelledby="erasure-kept" className="erasure-list">
        <li>
          <FormattedMessage id="privacy.dialog.keptPerson" />
        </li>
        {kept.map((kind) => (
          <li key={kind}>
            <FormattedMessage id={`privacy.kept.${kind}`} values={{ count: preview.kept[kind] }} />
          </li>
        ))}
      </ul>
      <p className="field-hint">
        <FormattedMessage id="privacy.dialog.backups" />
      </p>
    </>
  );
}

interface ErasureDialogProps {
  name: string;
  preview: ErasurePreview;
  onCancel: () => void;
  onDone: (done: AnonymisedPerson) => void;
}

/**
 * The confirmation of one erasure: it names exactly what goes and what stays, lists what
 * must happen first (and then offers no way to proceed), and needs a ticked box.
 */
export function ErasureDialog({ name, preview, onCancel, onDone }: ErasureDialogProps) {
  const intl = useIntl();
  const errorText = useErrorText();
  const { form, onSubmit, saving, formError } = useAnonymiseForm(preview.id, onDone);
  const blocked = preview.blockers.length > 0;
  const confirmError = errorText(form.formState.errors.confirm?.message);
  return (
    <Dialog
      title={intl.formatMessage({ id: 'privacy.dialog.title' }, { name })}
      describedBy="erasure-intro"
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button-secondary" data-autofocus onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </button>
          {blocked ? null : (
            <button
              type="submit"
              form="erasure-form"
              className="button privacy-danger"
              {...whileBusy(saving)}
            >
              <FormattedMessage id={saving ? 'privacy.dialog.working' : 'privacy.dialog.submit'} />
            </button>
          )}
        </>
      }
    >
      <p id="erasure-intro">
        <FormattedMessage id="privacy.dialog.intro" />
      </p>
      {blocked ? (
        <div className="erasure-blockers" role="alert">
          <h3 className="erasure-heading">
            <FormattedMessage id="privacy.dialog.blocked" />
          </h3>
          <ul className="erasure-list">
            {preview.blockers.map((blocker) => (
              <li
                key={`${blocker.kind}-${blocker.kind === 'running_course' ? blocker.courseId : blocker.pathwayId}`}
              >
                <BlockerText blocker={blocker} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Consequences preview={preview} />
      {blocked ? null : (
        <ConfirmErasureForm
          id="erasure"
          confirm={form.register('confirm')}
          confirmError={confirmError}
          formError={formError}
          onSubmit={onSubmit}
        />
      )}
    </Dialog>
  );
}

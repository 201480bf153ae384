import { FormattedMessage, useIntl } from 'react-intl';
import type { Session } from '../../../electron/features/courses/contract';
import { Dialog } from '../../ui/Dialog';
import { useSessionForm } from './forms';
import { FormErrorText, SessionFields } from './SessionForm';
import { formatSessionDate } from './SessionWhen';
import { whileBusy } from '../../ui/busy';

const FORM_ID = 'session-edit-form';

/** Changes to one session: when, where, what, who, its status and the session note. */
export function SessionEditDialog({
  session,
  onClose,
}: {
  session: Session;
  onClose: (saved: Session | null) => void;
}) {
  const intl = useIntl();
  const { form, onSubmit, saving, formError } = useSessionForm({ session }, onClose);
  return (
    <Dialog
      title={intl.formatMessage(
        { id: 'courses.session.editTitle' },
        { date: formatSessionDate(intl.locale, session.date, 'long') },
      )}
      onCancel={() => onClose(null)}
      actions={
        <>
          <button type="button" className="button-secondary" onClick={() => onClose(null)}>
            <FormattedMessage id="common.cancel" />
          </button>
          <button type="submit" form={FORM_ID} className="button" {...whileBusy(saving)}>
            <FormattedMessage id={saving ? 'common.saving' : 'courses.session.save'} />
          </button>
        </>
      }
    >
      <form id={FORM_ID} className="session-edit-form" noValidate onSubmit={onSubmit}>
        <SessionFields form={form} idPrefix="session-edit" editing />
        <FormErrorText message={formError} />
      </form>
    </Dialog>
  );
}

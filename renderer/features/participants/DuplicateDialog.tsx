import { FormattedMessage, useIntl } from 'react-intl';
import type { DuplicateMatch } from '../../../electron/features/participants/contract';
import { paths } from '../../app/router';
import { useFormatDate } from '../../ui/dates';
import { Dialog } from '../../ui/Dialog';

/** Shown before saving someone who may already be in the registry. */
export function DuplicateDialog({
  matches,
  onSaveAnyway,
  onCancel,
}: {
  matches: DuplicateMatch[];
  onSaveAnyway: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  return (
    <Dialog
      title={intl.formatMessage({ id: 'participants.duplicates.title' })}
      describedBy="duplicates-body"
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button-secondary" onClick={onCancel} data-autofocus>
            <FormattedMessage id="common.cancel" />
          </button>
          <button type="button" className="button" onClick={onSaveAnyway}>
            <FormattedMessage id="participants.duplicates.saveAnyway" />
          </button>
        </>
      }
    >
      <p id="duplicates-body">
        <FormattedMessage id="participants.duplicates.body" />
      </p>
      {matches.length > 0 ? (
        <ul className="duplicate-list">
          {matches.map((match) => (
            <li key={match.id}>
              <span>
                <FormattedMessage
                  id="participants.duplicates.match"
                  values={{
                    name: `${match.lastName} ${match.firstName}`,
                    date: formatDate(match.birthDate),
                    reason: intl.formatMessage({
                      id: `participants.duplicates.reason.${match.reason}`,
                    }),
                  }}
                />
              </span>{' '}
              <a href={paths.participant(match.id)}>
                <FormattedMessage id="participants.duplicates.open" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}

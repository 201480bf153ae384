import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { RecordSuggestion } from '../../../electron/features/competences/contract';
import { Dialog } from '../../ui/Dialog';
import { useSession } from '../auth/session';
import { AssessmentFields } from './AssessmentFields';
import { suggestionItem, useAcceptForm } from './forms';
import { useSourceFacts } from './RecordsTable';
import { whileBusy } from '../../ui/busy';

type NamedSuggestion = RecordSuggestion & { competenceId: number };

const keyOf = (s: NamedSuggestion) => `${s.participantId}:${s.competenceId}`;

/**
 * The drafts a course's evidence suggests (people above the attendance
 * threshold × the competences it aims at): tick them, then accept them with
 * one assessment.
 */
export function AcceptSuggestions({
  suggestions,
  onAccepted,
}: {
  suggestions: NamedSuggestion[];
  onAccepted: (created: number) => void;
}) {
  const intl = useIntl();
  const { user } = useSession();
  const sourceFacts = useSourceFacts();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const [open, setOpen] = useState(false);
  const all = suggestions.map(suggestionItem);
  const { form, onSubmit, saving, formError } = useAcceptForm(all, user.displayName, (created) => {
    setOpen(false);
    onAccepted(created);
  });
  const items = form.watch('items');
  const chosen = new Set(items.map((i) => `${i.participantId}:${i.competenceId}`));
  const toggle = (suggestion: NamedSuggestion, on: boolean) =>
    form.setValue(
      'items',
      on
        ? [...items, suggestionItem(suggestion)]
        : items.filter((i) => `${i.participantId}:${i.competenceId}` !== keyOf(suggestion)),
      { shouldValidate: form.formState.isSubmitted },
    );
  const allChosen = chosen.size === suggestions.length;
  // The only way to get this wrong here is to tick nothing: say that rather than "required".
  const itemsError = form.formState.errors.items
    ? t('competences.suggestions.noneChosen')
    : undefined;

  return (
    <div className="suggestions">
      <table className="data-table suggestions-table">
        <caption className="visually-hidden">{t('competences.suggestions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="check-cell">
              <input
                type="checkbox"
                aria-label={t('competences.suggestions.chooseAll')}
                checked={allChosen}
                onChange={(e) =>
                  form.setValue('items', e.target.checked ? all : [], {
                    shouldValidate: form.formState.isSubmitted,
                  })
                }
              />
            </th>
            <th scope="col">
              <FormattedMessage id="competences.col.person" />
            </th>
            <th scope="col">
              <FormattedMessage id="competences.col.competence" />
            </th>
            <th scope="col">
              <FormattedMessage id="competences.col.evidence" />
            </th>
          </tr>
        </thead>
        <tbody>
          {suggestions.map((s) => (
            <tr key={keyOf(s)}>
              <td className="check-cell">
                <input
                  type="checkbox"
                  aria-label={t('competences.suggestions.choose', {
                    name: s.participantName,
                    code: s.competenceCode ?? '',
                  })}
                  checked={chosen.has(keyOf(s))}
                  onChange={(e) => toggle(s, e.target.checked)}
                />
              </td>
              <th scope="row">{s.participantName}</th>
              <td>
                <span className="mono">{s.competenceCode}</span> {s.competenceTitle}
              </td>
              <td>{sourceFacts(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="records-actions">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          <FormattedMessage id="competences.suggestions.accept" values={{ count: chosen.size }} />
        </button>
      </div>
      {open ? (
        <Dialog
          title={t('competences.accept.title')}
          describedBy="accept-body"
          onCancel={() => setOpen(false)}
          actions={
            <>
              <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
                <FormattedMessage id="common.cancel" />
              </button>
              <button type="submit" form="accept-form" className="button" {...whileBusy(saving)}>
                <FormattedMessage id="competences.accept.confirm" values={{ count: chosen.size }} />
              </button>
            </>
          }
        >
          <form id="accept-form" className="dialog-form" noValidate onSubmit={onSubmit}>
            <p id="accept-body">
              <FormattedMessage id="competences.accept.body" values={{ count: chosen.size }} />
            </p>
            {itemsError ? (
              <p className="field-error" role="alert">
                {itemsError}
              </p>
            ) : null}
            <AssessmentFields form={form} idPrefix="accept" />
            {formError ? (
              <p className="form-error" role="alert">
                {formError}
              </p>
            ) : null}
          </form>
        </Dialog>
      ) : null}
    </div>
  );
}

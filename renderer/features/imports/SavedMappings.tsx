import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SavedMapping } from '../../../electron/features/imports/contract';

/** Matchings saved for earlier files: use one on this file, or delete it. */
export function SavedMappings({
  saved,
  onApply,
  onDelete,
}: {
  saved: SavedMapping[];
  onApply: (mapping: SavedMapping) => void;
  onDelete: (id: number) => Promise<string | null>;
}) {
  const intl = useIntl();
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mapping = saved.find((m) => String(m.id) === chosen) ?? saved[0];
  return (
    <fieldset className="import-saved">
      <legend>
        <FormattedMessage id="imports.saved.title" />
      </legend>
      {saved.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="imports.saved.none" />
        </p>
      ) : (
        <div className="import-saved-row">
          <div className="field">
            <label htmlFor="import-saved">
              <FormattedMessage id="imports.saved.label" />
            </label>
            <select
              id="import-saved"
              value={mapping ? String(mapping.id) : ''}
              onChange={(e) => setChosen(e.target.value)}
            >
              {saved.map((m) => (
                <option key={m.id} value={String(m.id)}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button-secondary"
            id="import-saved-apply"
            onClick={() => mapping && onApply(mapping)}
          >
            <FormattedMessage id="imports.saved.apply" />
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              if (!mapping) return;
              void onDelete(mapping.id).then((message) => {
                setError(message);
                if (!message) setChosen('');
              });
            }}
            aria-label={`${intl.formatMessage({ id: 'imports.saved.delete' })}: ${mapping?.name ?? ''}`}
          >
            <FormattedMessage id="imports.saved.delete" />
          </button>
        </div>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

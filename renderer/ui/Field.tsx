import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/** Messages are either catalogue keys (client-side validation) or texts already translated by the server. */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const intl = useIntl();
  return (message) => {
    if (!message) return undefined;
    return Object.prototype.hasOwnProperty.call(intl.messages, message)
      ? intl.formatMessage({ id: message })
      : message;
  };
}

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string | undefined;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

function RequiredMark() {
  const intl = useIntl();
  return (
    <abbr className="required-mark" title={intl.formatMessage({ id: 'common.required' })}>
      *
    </abbr>
  );
}

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          <FormattedMessage id={hint} />
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input with its hint and its error, wired with aria-describedby and aria-invalid. */
export function Field({ id, label, required, hint, error, className, children }: FieldProps) {
  const errorText = useErrorText()(error);
  return (
    <div className={`field${errorText ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        <FormattedMessage id={label} />
        {required ? <RequiredMark /> : null}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(errorText),
        'aria-describedby': describedBy(id, Boolean(hint), Boolean(errorText)),
        'aria-required': required || undefined,
      })}
      <FieldMessages id={id} hint={hint} error={errorText} />
    </div>
  );
}

/** A group of related inputs (radios, checkboxes, a list) under one legend. */
export function FieldGroup({
  id,
  label,
  required,
  hint,
  error,
  className,
  children,
}: Omit<FieldProps, 'children'> & { children: (invalid: boolean) => ReactNode }) {
  const errorText = useErrorText()(error);
  return (
    <fieldset
      className={`field field-group${errorText ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}
      id={id}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(errorText))}
    >
      <legend>
        <FormattedMessage id={label} />
        {required ? <RequiredMark /> : null}
      </legend>
      {children(Boolean(errorText))}
      <FieldMessages id={id} hint={hint} error={errorText} />
    </fieldset>
  );
}

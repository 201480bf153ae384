import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Field } from './Field';

interface TextFieldProps<T extends FieldValues, O extends FieldValues> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  /** Prefix of the input's id: `${idPrefix}-${name with dots as dashes}`. */
  idPrefix: string;
  label: string;
  type?: 'text' | 'password' | 'number' | 'date' | 'time';
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  className?: string;
  inputClassName?: string;
}

export function textFieldId(idPrefix: string, name: string): string {
  return `${idPrefix}-${name.replace(/\./g, '-')}`;
}

/** A labelled text input registered with a react-hook-form form, showing the field's error. */
export function TextField<T extends FieldValues, O extends FieldValues>({
  form,
  name,
  idPrefix,
  label,
  type = 'text',
  required,
  hint,
  autoComplete = 'off',
  className,
  inputClassName,
}: TextFieldProps<T, O>) {
  const error: { message?: string } | undefined = get(form.formState.errors, name);
  return (
    <Field
      id={textFieldId(idPrefix, name)}
      label={label}
      required={required}
      hint={hint}
      error={error?.message}
      className={className}
    >
      {(control) => (
        <input
          {...control}
          type={type}
          className={inputClassName}
          autoComplete={autoComplete}
          spellCheck={false}
          {...form.register(name, type === 'number' ? { valueAsNumber: true } : undefined)}
        />
      )}
    </Field>
  );
}

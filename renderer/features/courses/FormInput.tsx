import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Field } from '../../ui/Field';
import { textFieldId } from '../../ui/TextField';

/** A labelled input of any simple type (time included) registered with a form. */
export function FormInput<T extends FieldValues, O extends FieldValues>({
  form,
  name,
  idPrefix,
  label,
  type = 'text',
  required,
  hint,
  className,
}: {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  idPrefix: string;
  label: string;
  type?: 'text' | 'number' | 'date' | 'time';
  required?: boolean;
  hint?: string;
  className?: string;
}) {
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
          autoComplete="off"
          spellCheck={false}
          {...form.register(name, type === 'number' ? { valueAsNumber: true } : undefined)}
        />
      )}
    </Field>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import type { BaseSyntheticEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError, ApiResult } from '../../electron/api/errors';
import { zodErrorMap } from '../../electron/api/validation';

type Schema = z.ZodType<FieldValues, FieldValues>;

export interface ApiFormOptions<S extends Schema, R> {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /** The field names in screen order: server errors land on them, focus goes to the first. */
  fields: readonly Path<z.input<S>>[];
  call: (data: z.output<S>) => Promise<ApiResult<R>>;
  onSuccess: (data: R, values: z.output<S>) => void;
  /** Failures handled by the screen itself (return true), e.g. a lock that needs no message. */
  onFailure?: (error: ApiError) => boolean;
}

export interface ApiForm<S extends Schema> {
  form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  saving: boolean;
  /** The server's message for a failure that is not about one field (already in the user's language). */
  formError: string | null;
  clearFormError: () => void;
}

/**
 * A form over one API call: react-hook-form with the contract's zod schema,
 * the server's field errors put back on the fields (nothing typed is lost),
 * and focus on the first wrong field.
 */
export function useApiForm<S extends Schema, R>(options: ApiFormOptions<S, R>): ApiForm<S> {
  const { schema, defaultValues, fields, call, onSuccess, onFailure } = options;
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never, { error: zodErrorMap }) as unknown as Resolver<
      z.input<S>,
      unknown,
      z.output<S>
    >,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { setError } = form;

  const send = useCallback(
    async (data: z.output<S>) => {
      setFormError(null);
      setSaving(true);
      const result = await call(data);
      setSaving(false);
      if (result.ok) {
        onSuccess(result.data, data);
        return;
      }
      const { error } = result;
      if (onFailure?.(error)) return;
      const serverFields = error.fields ?? {};
      const known = fields.filter((name) => serverFields[name] !== undefined);
      known.forEach((name, index) => {
        setError(
          name,
          { type: 'server', message: serverFields[name] },
          { shouldFocus: index === 0 },
        );
      });
      if (known.length === 0 || error.code !== 'validation') setFormError(error.message);
    },
    [call, fields, onFailure, onSuccess, setError],
  );

  const submit = form.handleSubmit(send);
  return {
    form,
    onSubmit: (event?: BaseSyntheticEvent) => void submit(event),
    saving,
    formError,
    clearFormError: useCallback(() => setFormError(null), []),
  };
}

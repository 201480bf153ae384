import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import type { BaseSyntheticEvent } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { zodErrorMap } from '../../../electron/api/validation';
import { checkCodiceFiscale } from '../../../electron/features/participants/codiceFiscale';
import {
  CONSENT_SCOPES,
  participantInput,
  type DuplicateMatch,
  type Participant,
  type ParticipantInput,
} from '../../../electron/features/participants/contract';
import {
  emptyForm,
  FIELD_ORDER,
  fieldId,
  formFromParticipant,
  isFieldName,
  toSchemaInput,
  type ParticipantFieldName,
  type ParticipantFormState,
} from './formValues';
import { useCheckDuplicates, useSaveParticipant } from './hooks';

const schemaResolver = zodResolver(participantInput, { error: zodErrorMap });

function firstMessage(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && message !== '') return message;
  if (Array.isArray(error)) {
    for (const item of error) {
      const found = firstMessage(item);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The schema checks the codice fiscale against the other data only once they
 * are valid; check its own shape now, so every problem shows in one pass.
 */
function earlyCodiceFiscaleError(
  values: ParticipantFormState,
  errors: FieldErrors<ParticipantFormState>,
): string | null {
  if (values.codiceFiscale.trim() === '' || errors.codiceFiscale) return null;
  const problem = checkCodiceFiscale(values.codiceFiscale, {
    sex: values.sex === 'F' || values.sex === 'M' ? values.sex : 'not_stated',
    birthDate: errors.birthDate ? '' : values.birthDate,
    birthCountry: values.birthCountry,
    birthPlace: values.birthPlace,
  });
  if (problem === 'errors.cfFormat' || problem === 'errors.cfChecksum') return problem;
  const factsValid = !errors.birthDate && !errors.birthCountry && !errors.birthPlace;
  return factsValid ? problem : null;
}

const resolver: Resolver<ParticipantFormState, unknown, ParticipantInput> = async (
  values,
  context,
  options,
) => {
  const result = await schemaResolver(
    toSchemaInput(values),
    context,
    options as unknown as Parameters<typeof schemaResolver>[2],
  );
  if (Object.keys(result.errors).length === 0) {
    return { values: result.values as ParticipantInput, errors: {} };
  }
  const errors: FieldErrors<ParticipantFormState> = {};
  for (const name of FIELD_ORDER) {
    const message = firstMessage(result.errors[name]);
    if (message) errors[name] = { type: 'validation', message };
  }
  const cf = earlyCodiceFiscaleError(values, errors);
  if (cf) errors.codiceFiscale = { type: 'validation', message: cf };
  return { values: {}, errors };
};

/** Where focus goes for a field: the input itself, or the first control of a group. */
export function focusTargetId(name: ParticipantFieldName): string {
  if (name === 'citizenships') return `${fieldId(name)}-0`;
  if (name === 'consentScopes') return `${fieldId(name)}-${CONSENT_SCOPES[0]}`;
  if (name === 'sex') return `${fieldId(name)}-F`;
  return fieldId(name);
}

function focusFirstInvalid(names: Iterable<string>): void {
  const invalid = new Set(names);
  const first = FIELD_ORDER.find((name) => invalid.has(name));
  if (first) document.getElementById(focusTargetId(first))?.focus();
}

export interface PendingDuplicates {
  data: ParticipantInput;
  matches: DuplicateMatch[];
}

/**
 * The participant form: react-hook-form with the contract's schema, a
 * duplicate check before saving, and server-side field errors mapped back
 * onto the fields so nothing typed is lost.
 */
export function useParticipantForm(options: {
  participant?: Participant;
  onSaved: (participant: Participant) => void;
}) {
  const { participant, onSaved } = options;
  const id = participant?.id;
  const form = useForm<ParticipantFormState, unknown, ParticipantInput>({
    resolver,
    defaultValues: participant ? formFromParticipant(participant) : emptyForm(),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const checkDuplicates = useCheckDuplicates();
  const saveParticipant = useSaveParticipant();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<PendingDuplicates | null>(null);
  const { setError } = form;

  const save = useCallback(
    async (data: ParticipantInput, acknowledgeDuplicates: boolean) => {
      setSaving(true);
      const result = await saveParticipant(data, { id, acknowledgeDuplicates });
      setSaving(false);
      if (result.ok) {
        onSaved(result.data);
        return;
      }
      const { error } = result;
      if (error.code === 'conflict' && !acknowledgeDuplicates) {
        const check = await checkDuplicates(data, id);
        setDuplicates({ data, matches: check.ok ? check.data : [] });
        return;
      }
      const fieldNames: string[] = [];
      for (const [path, message] of Object.entries(error.fields ?? {})) {
        const name = path.replace(/^data\./, '').split('.')[0] ?? '';
        if (!isFieldName(name) || fieldNames.includes(name)) continue;
        fieldNames.push(name);
        setError(name, { type: 'server', message });
      }
      setFormError(error.message);
      focusFirstInvalid(fieldNames);
    },
    [checkDuplicates, id, onSaved, saveParticipant, setError],
  );

  const submit = form.handleSubmit(
    async (data) => {
      setFormError(null);
      setSaving(true);
      const check = await checkDuplicates(data, id);
      setSaving(false);
      if (check.ok && check.data.length > 0) {
        setDuplicates({ data, matches: check.data });
        return;
      }
      // If the check itself failed, saving still runs the same check on the server.
      await save(data, false);
    },
    (errors) => {
      setFormError(null);
      focusFirstInvalid(Object.keys(errors));
    },
  );

  const confirmDuplicates = useCallback(() => {
    const pending = duplicates;
    setDuplicates(null);
    if (pending) void save(pending.data, true);
  }, [duplicates, save]);

  const cancelDuplicates = useCallback(() => setDuplicates(null), []);

  return {
    form,
    onSubmit: (event?: BaseSyntheticEvent) => void submit(event),
    saving,
    formError,
    duplicates,
    confirmDuplicates,
    cancelDuplicates,
  };
}

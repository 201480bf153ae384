import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { PATHWAY_TRACKS, pathwayInput } from '../../../electron/features/pathways/contract';
import type { ParticipantSummary } from '../../../electron/features/participants/contract';
import { navigate, paths } from '../../app/router';
import { useCan } from '../auth/session';
import { useApiForm } from '../../ui/apiForm';
import { useFormatDate } from '../../ui/dates';
import { Field } from '../../ui/Field';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { focusSoon, localToday } from './dates';
import { usePathwaysApi, usePeopleSearch, usePersonToOpen, useProjectChoices } from './hooks';
import { pathwayPaths } from './routes';
import { whileBusy } from '../../ui/busy';

/** What the form shows of the chosen person. */
type Person = Pick<ParticipantSummary, 'id' | 'firstName' | 'lastName' | 'birthDate'>;

function PersonPicker({
  chosen,
  error,
  onChoose,
}: {
  chosen: Person | null;
  error: string | undefined;
  onChoose: (person: Person | null) => void;
}) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const [query, setQuery] = useState('');
  const search = usePeopleSearch(query);
  if (chosen) {
    return (
      <div className="field chosen-person">
        <p>
          <FormattedMessage id="pathways.new.person" />:{' '}
          <strong>{`${chosen.lastName} ${chosen.firstName}`}</strong>{' '}
          <span className="muted">{formatDate(chosen.birthDate)}</span>
        </p>
        <button
          id="pathway-change-person"
          type="button"
          className="button-quiet"
          onClick={() => onChoose(null)}
        >
          <FormattedMessage id="pathways.new.changePerson" />
        </button>
      </div>
    );
  }
  return (
    <Field id="pathway-participantId" label="pathways.new.search" required error={error}>
      {(control) => (
        <>
          <input
            {...control}
            type="search"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="muted" role="status">
            {search.searching
              ? intl.formatMessage({ id: 'pathways.new.searching' })
              : query.trim()
                ? intl.formatMessage({ id: 'pathways.new.found' }, { count: search.items.length })
                : ''}
          </p>
          {search.items.length > 0 ? (
            <ul className="person-results">
              {search.items.map((p) => (
                <li key={p.id}>
                  <button type="button" className="button-secondary" onClick={() => onChoose(p)}>
                    {`${p.lastName} ${p.firstName}`}
                  </button>{' '}
                  <span className="muted">{formatDate(p.birthDate)}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </Field>
  );
}

// The contract's schema, with a message that says what to do when no one is chosen yet.
const newPathwaySchema = pathwayInput.extend({
  participantId: z.number({ error: 'pathways.new.choosePerson' }).int().positive(),
});

/** The form itself; `initialPerson` is set when it is opened from the person's page. */
function NewPathwayForm({ initialPerson }: { initialPerson: Person | null }) {
  const intl = useIntl();
  const can = useCan();
  const projects = useProjectChoices(can('projects.list'));
  const { createPathway } = usePathwaysApi();
  const [person, setPerson] = useState<Person | null>(initialPerson);
  const { form, onSubmit, saving, formError } = useApiForm({
    schema: newPathwaySchema,
    defaultValues: {
      openedOn: localToday(),
      ...(initialPerson ? { participantId: initialPerson.id } : {}),
    },
    fields: ['participantId', 'track', 'projectId', 'openedOn'],
    call: createPathway,
    onSuccess: (created) => navigate(pathwayPaths.pathway(created.id)),
  });
  const errors = form.formState.errors;
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <form className="pathway-form new-pathway" onSubmit={onSubmit} noValidate>
      <PersonPicker
        chosen={person}
        error={errors.participantId?.message}
        onChoose={(p) => {
          setPerson(p);
          focusSoon(p ? 'pathway-change-person' : 'pathway-participantId');
          if (p) form.setValue('participantId', p.id, { shouldValidate: true });
          else form.resetField('participantId');
        }}
      />
      <div className="form-grid">
        <Field
          id="pathway-track"
          label="pathways.field.track"
          required
          error={errors.track?.message}
        >
          {(control) => (
            <select {...control} {...form.register('track')}>
              <option value="">{t('common.select')}</option>
              {PATHWAY_TRACKS.map((v) => (
                <option key={v} value={v}>
                  {t(`pathways.track.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {can('projects.list') ? (
          <Field
            id="pathway-projectId"
            label="pathways.field.project"
            error={errors.projectId?.message}
          >
            {(control) => (
              <select
                {...control}
                {...form.register('projectId', {
                  setValueAs: (v: string) => (v ? Number(v) : undefined),
                })}
              >
                <option value="">{t('pathways.new.noProject')}</option>
                {(projects.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {`${p.code} – ${p.title}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <TextField
          form={form}
          name="openedOn"
          idPrefix="pathway"
          label="pathways.field.openedOn"
          type="date"
          required
        />
      </div>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id="pathways.new.submit" />
        </button>
        <a
          className="button-secondary"
          href={initialPerson ? paths.participant(initialPerson.id) : pathwayPaths.home()}
        >
          <FormattedMessage id="common.cancel" />
        </a>
      </div>
    </form>
  );
}

/** Opening a pathway: who, on which track, in which project (optional), from when. */
export function NewPathwayPage({ participantId }: { participantId?: number }) {
  const person = usePersonToOpen(participantId ?? 0, participantId !== undefined);
  return (
    <section className="page">
      <p className="breadcrumb">
        <a href={pathwayPaths.home()}>
          <FormattedMessage id="pathways.home.title" />
        </a>
      </p>
      <PageHeading id="pathways.new.title" />
      {participantId === undefined ? (
        <NewPathwayForm initialPerson={null} />
      ) : person.data ? (
        <NewPathwayForm initialPerson={person.data} />
      ) : (
        <LoadState loading={person.loading} error={person.error} onRetry={person.reload} />
      )}
    </section>
  );
}

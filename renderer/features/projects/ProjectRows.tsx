import { useFieldArray } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  PROJECT_TRACKS,
  TARGET_INDICATORS,
  TARGET_UNITS,
} from '../../../electron/features/projects/contract';
import { TextField } from '../../ui/TextField';
import { Field } from '../../ui/Field';
import type { useProjectForm } from './forms';

type ProjectForm = ReturnType<typeof useProjectForm>['form'];

function RowsSection({
  id,
  title,
  addLabel,
  onAdd,
  empty,
  children,
}: {
  id: string;
  title: string;
  addLabel: string;
  onAdd: () => void;
  empty: boolean;
  children: React.ReactNode;
}) {
  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage id={title} />
      </h2>
      {empty ? (
        <p className="muted">
          <FormattedMessage id="projects.rows.none" />
        </p>
      ) : (
        <ol className="repeat-rows">{children}</ol>
      )}
      <button type="button" className="button-secondary" onClick={onAdd}>
        <FormattedMessage id={addLabel} />
      </button>
    </section>
  );
}

function RemoveButton({
  label,
  index,
  onClick,
}: {
  label: string;
  index: number;
  onClick: () => void;
}) {
  const intl = useIntl();
  return (
    <button
      type="button"
      className="button-quiet remove-row"
      aria-label={intl.formatMessage({ id: label }, { n: index + 1 })}
      onClick={onClick}
    >
      <FormattedMessage id="projects.rows.remove" />
    </button>
  );
}

export function PartnerRows({ form }: { form: ProjectForm }) {
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: 'data.partners',
  });
  return (
    <RowsSection
      id="partners"
      title="projects.section.partners"
      addLabel="projects.partner.add"
      empty={fields.length === 0}
      onAdd={() => {
        append({ name: '', role: '', territory: '' });
        setTimeout(() =>
          document.getElementById(`project-data-partners-${fields.length}-name`)?.focus(),
        );
      }}
    >
      {fields.map((field, i) => (
        <li key={field.id} className="repeat-row">
          <TextField
            form={form}
            name={`data.partners.${i}.name`}
            idPrefix="project"
            label="projects.partner.name"
            required
          />
          <TextField
            form={form}
            name={`data.partners.${i}.role`}
            idPrefix="project"
            label="projects.partner.role"
          />
          <TextField
            form={form}
            name={`data.partners.${i}.territory`}
            idPrefix="project"
            label="projects.partner.territory"
          />
          <RemoveButton label="projects.partner.remove" index={i} onClick={() => remove(i)} />
        </li>
      ))}
    </RowsSection>
  );
}

export function TerritoryRows({ form }: { form: ProjectForm }) {
  const territories = form.watch('data.territories') ?? [];
  const set = (next: string[]) => form.setValue('data.territories', next, { shouldDirty: true });
  return (
    <RowsSection
      id="territories"
      title="projects.section.territories"
      addLabel="projects.territory.add"
      empty={territories.length === 0}
      onAdd={() => {
        set([...(form.getValues('data.territories') ?? []), '']);
        setTimeout(() =>
          document.getElementById(`project-data-territories-${territories.length}`)?.focus(),
        );
      }}
    >
      {territories.map((_, i) => (
        <li key={i} className="repeat-row">
          <TextField
            form={form}
            name={`data.territories.${i}`}
            idPrefix="project"
            label="projects.territory.name"
            required
          />
          <RemoveButton
            label="projects.territory.remove"
            index={i}
            onClick={() =>
              set((form.getValues('data.territories') ?? []).filter((__, j) => j !== i))
            }
          />
        </li>
      ))}
    </RowsSection>
  );
}

export function TargetRows({ form }: { form: ProjectForm }) {
  const intl = useIntl();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'data.targets' });
  const errors = form.formState.errors.data?.targets;
  return (
    <RowsSection
      id="targets"
      title="projects.section.targets"
      addLabel="projects.target.add"
      empty={fields.length === 0}
      onAdd={() => {
        append({ indicator: 'participants_total', value: 0, unit: 'people', note: '' });
        setTimeout(() =>
          document.getElementById(`project-data-targets-${fields.length}-indicator`)?.focus(),
        );
      }}
    >
      {fields.map((field, i) => (
        <li key={field.id} className="repeat-row target-row">
          <Field
            id={`project-data-targets-${i}-indicator`}
            label="projects.target.indicator"
            required
            error={errors?.[i]?.indicator?.message}
          >
            {(control) => (
              <select {...control} {...form.register(`data.targets.${i}.indicator`)}>
                {TARGET_INDICATORS.map((v) => (
                  <option key={v} value={v}>
                    {intl.formatMessage({ id: `projects.indicator.${v}` })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={`project-data-targets-${i}-track`}
            label="projects.target.track"
            error={errors?.[i]?.track?.message}
          >
            {(control) => (
              <select
                {...control}
                {...form.register(`data.targets.${i}.track`, {
                  setValueAs: (v: unknown) => (v === '' || v === null ? undefined : v),
                })}
              >
                <option value="">{intl.formatMessage({ id: 'projects.target.anyTrack' })}</option>
                {PROJECT_TRACKS.map((v) => (
                  <option key={v} value={v}>
                    {intl.formatMessage({ id: `courses.track.${v}` })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            form={form}
            name={`data.targets.${i}.value`}
            idPrefix="project"
            label="projects.target.value"
            type="number"
            required
          />
          <Field
            id={`project-data-targets-${i}-unit`}
            label="projects.target.unit"
            required
            error={errors?.[i]?.unit?.message}
          >
            {(control) => (
              <select {...control} {...form.register(`data.targets.${i}.unit`)}>
                {TARGET_UNITS.map((v) => (
                  <option key={v} value={v}>
                    {intl.formatMessage({ id: `projects.unit.${v}` })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            form={form}
            name={`data.targets.${i}.note`}
            idPrefix="project"
            label="projects.target.note"
          />
          <RemoveButton label="projects.target.remove" index={i} onClick={() => remove(i)} />
        </li>
      ))}
    </RowsSection>
  );
}

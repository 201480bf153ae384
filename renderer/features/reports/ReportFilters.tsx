import type { ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ProjectSummary } from '../../../electron/features/projects/contract';
import type { DashboardFilter } from '../../../electron/features/reports/contract';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { localToday } from '../pathways/dates';
import { projectValue, useReportFilterForm } from './forms';
import { periodOf } from './routes';

/**
 * Project, period and territory. Choosing a project or a territory applies at
 * once (a project brings its own period); dates apply with "Aggiorna" or Enter.
 */
export function ReportFilters({
  filter,
  projects,
  territories,
  onApply,
}: {
  filter: DashboardFilter;
  projects: readonly ProjectSummary[];
  territories: readonly string[];
  onApply: (filter: DashboardFilter) => void;
}) {
  const intl = useIntl();
  const { form, submit } = useReportFilterForm(filter, onApply);
  const { register, setValue } = form;
  const territoryOptions = [
    ...new Set([...territories, ...(filter.territory ? [filter.territory] : [])]),
  ].sort((a, b) => a.localeCompare(b, intl.locale));

  const onProject = (event: ChangeEvent<HTMLSelectElement>) => {
    const id = projectValue(event.target.value);
    const period = periodOf(
      projects.find((p) => p.id === id),
      localToday(),
    );
    setValue('from', period.from);
    setValue('to', period.to);
    setValue('territory', '');
    submit();
  };

  return (
    <form
      className="filter-bar report-filters"
      aria-label={intl.formatMessage({ id: 'reports.filter.label' })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field id="report-projectId" label="reports.filter.project" className="filter-project">
        {(control) => (
          <select
            {...control}
            {...register('projectId', { setValueAs: projectValue, onChange: onProject })}
          >
            <option value="">{intl.formatMessage({ id: 'reports.filter.allProjects' })}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.code} – ${p.title}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        form={form}
        name="from"
        idPrefix="report"
        label="reports.filter.from"
        type="date"
        className="filter-date"
      />
      <TextField
        form={form}
        name="to"
        idPrefix="report"
        label="reports.filter.to"
        type="date"
        className="filter-date"
      />
      <Field id="report-territory" label="reports.filter.territory" className="filter-territory">
        {(control) => (
          <select {...control} {...register('territory', { onChange: () => submit() })}>
            <option value="">{intl.formatMessage({ id: 'reports.filter.allTerritories' })}</option>
            {territoryOptions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="filter-actions">
        <button type="submit" className="button">
          <FormattedMessage id="reports.filter.apply" />
        </button>
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { dashboardFilter, type DashboardFilter } from '../../../electron/features/reports/contract';
import { zodErrorMap } from '../../../electron/api/validation';

export type FilterValues = z.input<typeof dashboardFilter>;

/** `<select>` values: '' for every project, else the project's id. */
export const projectValue = (value: unknown): number | undefined =>
  value === '' || value === undefined || value === null ? undefined : Number(value);

/**
 * The dashboard's filter form, checked with the channel's own schema. It
 * follows the filter in use (a reload, a project switch) and applies on submit.
 */
export function useReportFilterForm(
  filter: DashboardFilter,
  onApply: (f: DashboardFilter) => void,
) {
  const form = useForm<FilterValues, unknown, DashboardFilter>({
    resolver: zodResolver(dashboardFilter as never, { error: zodErrorMap }) as unknown as Resolver<
      FilterValues,
      unknown,
      DashboardFilter
    >,
    defaultValues: filter,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const key = JSON.stringify(filter);
  const { reset } = form;
  useEffect(() => {
    reset(JSON.parse(key) as DashboardFilter);
  }, [key, reset]);
  const submit = form.handleSubmit(onApply);
  return { form, submit: () => void submit() };
}

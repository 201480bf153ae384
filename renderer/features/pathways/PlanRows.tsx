import { get, useFieldArray, type UseFieldArrayReturn } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { useErrorText } from '../../ui/Field';
import type { PlanForm, planSchema } from './PlanSection';

type Input = z.input<typeof planSchema>;
const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
const WHO = ['participant', 'counselor', 'other'] as const;

/** One input of a plan row with its label and error, ids like plan-goals-0-title. */
function RowField({
  form,
  name,
  label,
  children,
}: {
  form: PlanForm;
  name: string;
  label: string;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => React.ReactNode;
}) {
  const errorText = useErrorText();
  const id = `plan-${name.replace(/\./g, '-')}`;
  const found: { message?: string } | undefined = get(form.formState.errors, name);
  const error = errorText(found?.message);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        <FormattedMessage id={label} />
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': error ? `${id}-error` : undefined,
      })}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ActionRows({ form, goal }: { form: PlanForm; goal: number }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const actions = useFieldArray({ control: form.control, name: `goals.${goal}.actions` });
  return (
    <div className="plan-actions">
      {actions.fields.map((field, i) => {
        const base = `goals.${goal}.actions.${i}` as const;
        return (
          <fieldset key={field.id} className="plan-row action-row">
            <legend>{intl.formatMessage({ id: 'pathways.plan.actionN' }, { n: i + 1 })}</legend>
            <RowField form={form} name={`${base}.description`} label="pathways.plan.action">
              {(p) => <input type="text" {...p} {...form.register(`${base}.description`)} />}
            </RowField>
            <RowField form={form} name={`${base}.who`} label="pathways.plan.who">
              {(p) => (
                <select {...p} {...form.register(`${base}.who`)}>
                  {WHO.map((w) => (
                    <option key={w} value={w}>
                      {t(`pathways.who.${w}`)}
                    </option>
                  ))}
                </select>
              )}
            </RowField>
            <RowField form={form} name={`${base}.dueDate`} label="pathways.plan.when">
              {(p) => <input type="date" {...p} {...form.register(`${base}.dueDate`)} />}
            </RowField>
            <RowField form={form} name={`${base}.status`} label="pathways.plan.status">
              {(p) => (
                <select {...p} {...form.register(`${base}.status`)}>
                  {ACTION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`pathways.actionStatus.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </RowField>
            <button type="button" className="button-quiet" onClick={() => actions.remove(i)}>
              {intl.formatMessage({ id: 'pathways.plan.removeAction' }, { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          actions.append({ description: '', who: 'participant', dueDate: '', status: 'open' })
        }
      >
        <FormattedMessage id="pathways.plan.addAction" />
      </button>
    </div>
  );
}

/** The goals of the plan, each with its actions; rows can be added and removed. */
export function PlanGoalRows({
  form,
  goals,
}: {
  form: PlanForm;
  goals: UseFieldArrayReturn<Input, 'goals'>;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <div className="plan-goals">
      {goals.fields.map((field, i) => (
        <fieldset key={field.id} className="plan-row goal-row">
          <legend>{intl.formatMessage({ id: 'pathways.plan.goalN' }, { n: i + 1 })}</legend>
          <div className="goal-fields">
            <RowField form={form} name={`goals.${i}.title`} label="pathways.plan.goal">
              {(p) => <input type="text" {...p} {...form.register(`goals.${i}.title`)} />}
            </RowField>
            <RowField form={form} name={`goals.${i}.dueDate`} label="pathways.plan.dueDate">
              {(p) => <input type="date" {...p} {...form.register(`goals.${i}.dueDate`)} />}
            </RowField>
            <RowField form={form} name={`goals.${i}.status`} label="pathways.plan.status">
              {(p) => (
                <select {...p} {...form.register(`goals.${i}.status`)}>
                  {GOAL_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`pathways.goalStatus.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </RowField>
            <button type="button" className="button-quiet" onClick={() => goals.remove(i)}>
              {intl.formatMessage({ id: 'pathways.plan.removeGoal' }, { n: i + 1 })}
            </button>
          </div>
          <ActionRows form={form} goal={i} />
        </fieldset>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => goals.append({ title: '', dueDate: '', status: 'open', actions: [] })}
      >
        <FormattedMessage id="pathways.plan.addGoal" />
      </button>
    </div>
  );
}

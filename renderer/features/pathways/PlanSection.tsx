import { saveFile } from '../courses/documents';
import { useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { contract } from '../../../electron/api/contract';
import type { PathwayDetail } from '../../../electron/features/pathways/contract';
import { useCan } from '../auth/session';
import { useApiForm } from '../../ui/apiForm';
import { useFormatDate } from '../../ui/dates';
import { focusSoon } from './dates';
import { usePathwaysApi } from './hooks';
import { PlanGoalRows } from './PlanRows';
import { SectionTitle } from './SectionTitle';
import { whileBusy } from '../../ui/busy';

export const planSchema = contract['plans.save'].input;
export type PlanForm = UseFormReturn<
  z.input<typeof planSchema>,
  unknown,
  z.output<typeof planSchema>
>;

function planDefaults(pathway: PathwayDetail): z.input<typeof planSchema> {
  return {
    pathwayId: pathway.id,
    agreedOn: pathway.planAgreedOn ?? '',
    goals: pathway.goals.map((g) => ({
      title: g.title,
      dueDate: g.dueDate ?? '',
      status: g.status as 'open',
      actions: g.actions.map((a) => ({
        description: a.description,
        who: a.who as 'participant',
        dueDate: a.dueDate ?? '',
        status: a.status as 'open',
      })),
    })),
  };
}

function PlanReadOnly({ pathway }: { pathway: PathwayDetail }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const t = (id: string) => intl.formatMessage({ id });
  if (pathway.goals.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="pathways.plan.none" />
      </p>
    );
  }
  return (
    <>
      <p>
        {pathway.planAgreedOn
          ? intl.formatMessage(
              { id: 'pathways.plan.agreedOnIs' },
              { date: formatDate(pathway.planAgreedOn) },
            )
          : t('pathways.plan.notAgreed')}
      </p>
      <ol className="goal-list">
        {pathway.goals.map((g) => (
          <li key={g.id} className="goal">
            <p className="goal-head">
              <strong>{g.title}</strong> · {t(`pathways.goalStatus.${g.status}`)}
              {g.dueDate
                ? ` · ${intl.formatMessage({ id: 'pathways.home.dueOn' }, { date: formatDate(g.dueDate) })}`
                : ''}
            </p>
            {g.actions.length > 0 ? (
              <ul className="action-list">
                {g.actions.map((a) => (
                  <li key={a.id}>
                    {a.description} · {t(`pathways.who.${a.who}`)} ·{' '}
                    {t(`pathways.actionStatus.${a.status}`)}
                    {a.dueDate ? ` · ${formatDate(a.dueDate)}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

function PlanEditor({
  pathway,
  onCancel,
  onDone,
}: {
  pathway: PathwayDetail;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { savePlan } = usePathwaysApi();
  const { form, onSubmit, saving, formError } = useApiForm({
    schema: planSchema,
    defaultValues: planDefaults(pathway),
    fields: ['agreedOn', 'goals'],
    call: savePlan,
    onSuccess: onDone,
  });
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  return (
    <form className="pathway-form plan-form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="plan-agreedOn">
          <FormattedMessage id="pathways.plan.agreedOn" />
        </label>
        <input id="plan-agreedOn" type="date" {...form.register('agreedOn')} />
      </div>
      <PlanGoalRows form={form} goals={goals} />
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" {...whileBusy(saving)}>
          <FormattedMessage id="pathways.plan.save" />
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}

/** Patto: goals with their actions, edited together and saved in one call. */
/** Downloads the plan as the PDF the person signs. */
function PrintPlanButton({ pathwayId }: { pathwayId: number }) {
  const api = usePathwaysApi();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        {...whileBusy(busy)}
        onClick={() => {
          setBusy(true);
          setError(null);
          void api
            .planDocument({ pathwayId })
            .then((result) => {
              if (result.ok) saveFile(result.data);
              else setError(result.error.message);
            })
            .finally(() => setBusy(false));
        }}
      >
        <FormattedMessage id="pathways.plan.print" />
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function PlanSection({
  pathway,
  onChanged,
}: {
  pathway: PathwayDetail;
  onChanged: () => void;
}) {
  const can = useCan();
  const [editing, setEditing] = useState(false);
  return (
    <section className="detail-section pathway-section" aria-labelledby="pathway-plan-title">
      <SectionTitle section="plan" />
      {editing ? (
        <PlanEditor
          pathway={pathway}
          onCancel={() => {
            setEditing(false);
            focusSoon('pathway-plan-title');
          }}
          onDone={() => {
            setEditing(false);
            onChanged();
            focusSoon('pathway-plan-title');
          }}
        />
      ) : (
        <>
          <PlanReadOnly pathway={pathway} />
          {can('documents.plan') ? <PrintPlanButton pathwayId={pathway.id} /> : null}
          {can('plans.save') ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setEditing(true);
                focusSoon('plan-agreedOn');
              }}
            >
              <FormattedMessage id="pathways.plan.edit" />
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

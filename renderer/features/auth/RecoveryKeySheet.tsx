import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { FieldGroup } from '../../ui/Field';
import { AuthCard } from './AuthCard';

const keptSchema = z.object({
  kept: z.boolean().refine((v) => v, 'auth.recoveryKey.mustConfirm'),
});

/** The recovery key, shown once after set-up: big, printable, and acknowledged before going on. */
export function RecoveryKeySheet({
  recoveryKey,
  organisationName,
  onContinue,
}: {
  recoveryKey: string;
  organisationName: string;
  onContinue: () => void;
}) {
  const intl = useIntl();
  const form = useForm({ resolver: zodResolver(keptSchema), defaultValues: { kept: false } });
  const { setFocus } = form;
  useEffect(() => {
    document.getElementById('page-title')?.focus();
  }, []);
  const submit = form.handleSubmit(onContinue, () => setFocus('kept'));
  const today = intl.formatDate(new Date(), { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <AuthCard title="auth.recoveryKey.title" wide>
      <section className="print-sheet" aria-labelledby="recovery-key-label">
        <p className="print-only print-heading">
          <FormattedMessage id="auth.recoveryKey.printHeading" />
        </p>
        <dl className="print-facts">
          <dt>
            <FormattedMessage id="auth.recoveryKey.organisation" />
          </dt>
          <dd>{organisationName}</dd>
          <dt>
            <FormattedMessage id="auth.recoveryKey.date" />
          </dt>
          <dd>{today}</dd>
        </dl>
        <p id="recovery-key-label" className="recovery-key-label">
          <FormattedMessage id="auth.recoveryKey.label" />
        </p>
        <p className="recovery-key mono" data-testid="recovery-key">
          {recoveryKey}
        </p>
        <p>
          <FormattedMessage id="auth.recoveryKey.explain" />
        </p>
        <p className="recovery-key-warning no-print">
          <FormattedMessage id="auth.recoveryKey.once" />
        </p>
      </section>
      <form className="auth-form no-print" noValidate onSubmit={(e) => void submit(e)}>
        <div>
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            <FormattedMessage id="auth.recoveryKey.print" />
          </button>
        </div>
        <FieldGroup
          id="recovery-kept-group"
          label="auth.recoveryKey.confirmLegend"
          error={form.formState.errors.kept?.message}
        >
          {(invalid) => (
            <label className="choice" htmlFor="recovery-kept">
              <input
                type="checkbox"
                id="recovery-kept"
                aria-invalid={invalid}
                aria-describedby={invalid ? 'recovery-kept-group-error' : undefined}
                {...form.register('kept')}
              />
              <FormattedMessage id="auth.recoveryKey.kept" />
            </label>
          )}
        </FieldGroup>
        <div className="form-actions">
          <button type="submit" className="button">
            <FormattedMessage id="auth.recoveryKey.continue" />
          </button>
        </div>
      </form>
    </AuthCard>
  );
}

import { useIntl } from 'react-intl';
import type { MilestoneDetails } from '../../../electron/features/pathways/contract';
import { useFormatDate } from '../../ui/dates';

/** The typed details of a milestone as label/value pairs, in the user's language. */
export function useMilestoneFacts(): (details: MilestoneDetails) => [string, string][] {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const t = (id: string) => intl.formatMessage({ id });
  const yesNo = (v: boolean) => t(v ? 'common.yes' : 'common.no');
  return (d) => {
    const facts: [string, string | null | undefined][] = [];
    const date = (v: string | undefined) => (v ? formatDate(v) : null);
    switch (d.type) {
      case 'internship':
        facts.push(
          ['pathways.milestone.hostOrganisation', d.hostOrganisation],
          ['pathways.milestone.tutor', d.tutor],
          ['pathways.milestone.startDate', date(d.startDate)],
          ['pathways.milestone.endDate', date(d.endDate)],
          ['pathways.milestone.hoursPerWeek', d.hoursPerWeek?.toString()],
          [
            'pathways.milestone.monthlyAllowance',
            d.monthlyAllowanceCents === undefined
              ? null
              : intl.formatNumber(d.monthlyAllowanceCents / 100, {
                  style: 'currency',
                  currency: 'EUR',
                }),
          ],
          ['pathways.milestone.voucher', d.voucher],
        );
        break;
      case 'job':
        facts.push(
          ['pathways.milestone.employer', d.employer],
          ['pathways.milestone.contractType', t(`pathways.contractType.${d.contractType}`)],
          ['pathways.milestone.startDate', date(d.startDate)],
          ['pathways.milestone.hoursPerWeek', d.hoursPerWeek?.toString()],
        );
        break;
      case 'business':
        facts.push(
          ['pathways.milestone.businessName', d.name],
          ['pathways.milestone.legalForm', d.legalForm],
          ['pathways.milestone.atecoCode', d.atecoCode],
          ['pathways.milestone.vatDate', date(d.vatDate)],
          ['pathways.milestone.microCredit', yesNo(d.microCredit)],
        );
        break;
      case 'association':
        facts.push(
          ['pathways.milestone.associationName', d.name],
          ['pathways.milestone.taxCode', d.taxCode],
          ['pathways.milestone.constitutiveActDate', date(d.constitutiveActDate)],
          ['pathways.milestone.runtsNumber', d.runtsNumber],
          ['pathways.milestone.runtsDate', date(d.runtsDate)],
          ['pathways.milestone.volunteerRegister', yesNo(d.volunteerRegister)],
        );
        if (d.insurance) {
          const i = d.insurance;
          facts.push(
            ['pathways.milestone.insurer', i.insurer],
            ['pathways.milestone.policyNumber', i.policyNumber],
            [
              'pathways.milestone.insurancePeriod',
              intl.formatMessage(
                { id: 'pathways.dateRange' },
                { from: formatDate(i.startDate), to: formatDate(i.expiryDate) },
              ),
            ],
            ['pathways.milestone.volunteersCovered', i.volunteersCovered?.toString()],
          );
        } else {
          facts.push(['pathways.milestone.insurance', t('pathways.milestone.noInsurance')]);
        }
        break;
    }
    return facts.flatMap(([label, value]) =>
      value ? [[t(label), value] as [string, string]] : [],
    );
  };
}

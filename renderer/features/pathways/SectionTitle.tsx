import { FormattedMessage } from 'react-intl';

export const PATHWAY_SECTIONS = [
  'screening',
  'plan',
  'meetings',
  'milestones',
  'referrals',
  'volunteering',
  'close',
] as const;

/** The title of one section of the pathway page, reachable from the table of contents. */
export function SectionTitle({ section }: { section: (typeof PATHWAY_SECTIONS)[number] }) {
  return (
    <h2 id={`pathway-${section}-title`} tabIndex={-1}>
      <FormattedMessage id={`pathways.section.${section}`} />
    </h2>
  );
}

import type { privacyMessagesIt } from './messages.it';

/** English texts of the data-protection requests (access, anonymisation, retention). */
export const privacyMessagesEn: Record<keyof typeof privacyMessagesIt, string> = {
  'settings.section.retention': 'Data retention',
  'projects.field.retentionYears': 'Data retention (years after the end)',
  'projects.field.retentionYearsHint':
    'Optional, 1 to 50. Once this period has passed, the project’s people appear in Settings › Data retention.',
  'audit.action.privacy.export': 'Export of a person’s data (GDPR)',
  'audit.action.privacy.erasurePreview': 'Anonymisation preview',
  'audit.action.privacy.anonymise': 'Anonymisation of a person',
  'audit.action.privacy.anonymiseMany': 'Anonymisation of several people',
  'audit.action.privacy.retentionReview': 'Data retention review',

  'privacy.section.title': 'Data protection',
  'privacy.section.intro':
    'At the person’s request you can export all the data about them (right of access) or anonymise them (right to erasure): report figures stay the same.',
  'privacy.export.button': 'Export data (GDPR)',
  'privacy.export.working': 'Preparing the files…',
  'privacy.export.done': 'Export ready: the data as JSON and the PDF document were downloaded.',
  'privacy.export.again': 'Download again:',
  'privacy.export.json': 'data (JSON)',
  'privacy.export.pdf': 'document (PDF)',
  'privacy.anonymise.button': 'Anonymise',
  'privacy.anonymised.banner':
    'Person anonymised on {date} (code {code}): name, contacts and notes were removed; only the data needed for counting remain.',
  'privacy.anonymised.done': 'Person anonymised.',

  'privacy.dialog.title': 'Anonymise {name}?',
  'privacy.dialog.intro':
    'Anonymisation cannot be undone. The record stays, with a code instead of the name, so that report figures do not change.',
  'privacy.dialog.blocked': 'Before anonymising:',
  'privacy.blocker.running_course':
    'the person is enrolled in the course “{course}”, which ends on {date}: mark them as withdrawn or wait until it ends;',
  'privacy.blocker.open_pathway':
    'the person has an open individual pathway ({track}): close it or mark it as dropped.',
  'privacy.dialog.removed': 'This will be removed:',
  'privacy.dialog.kept': 'This stays, with nothing that identifies the person:',
  'privacy.dialog.keptPerson':
    'sex, year of birth, citizenship, country of birth, comune of residence, international protection, languages, Italian level and education',
  'privacy.dialog.backups':
    'Backups made before today still hold these data until newer backups replace them.',
  'privacy.dialog.confirm': 'I have read what will be removed and confirm the anonymisation',
  'privacy.dialog.submit': 'Anonymise for good',
  'privacy.dialog.working': 'Anonymising…',
  'privacy.field.name': 'first and last name (replaced by “Persona anonimizzata” and a code)',
  'privacy.field.codiceFiscale': 'tax code',
  'privacy.field.birthDay': 'day and month of birth (the year stays)',
  'privacy.field.birthPlace': 'place of birth',
  'privacy.field.email': 'e-mail address',
  'privacy.field.phone': 'phone number',
  'privacy.field.residencePermit': 'residence permit type and expiry',
  'privacy.field.referredBy': 'who referred the person',
  'privacy.field.arrivalYear': 'year of arrival in Italy',
  'privacy.removed.meetingNotes':
    '{count, plural, one {notes and next steps of # meeting} other {notes and next steps of # meetings}}',
  'privacy.removed.screeningNotes':
    '{count, plural, one {# screening note} other {# screening notes}}',
  'privacy.removed.planTexts':
    '{count, plural, one {# text of the individual plan (goals and actions)} other {# texts of the individual plan (goals and actions)}}',
  'privacy.removed.referralTexts':
    '{count, plural, one {reason and outcome of # referral} other {reasons and outcomes of # referrals}}',
  'privacy.removed.pathwayOutcomes':
    '{count, plural, one {the written outcome of # pathway} other {the written outcomes of # pathways}}',
  'privacy.removed.milestoneDetails':
    '{count, plural, one {the personal details of # milestone (tutor, voucher, business or association name)} other {the personal details of # milestones (tutor, voucher, business or association name)}}',
  'privacy.removed.enrolmentReasons':
    '{count, plural, one {the reason for # enrolment change} other {the reasons for # enrolment changes}}',
  'privacy.removed.volunteeringRoles':
    '{count, plural, one {the role in # volunteering activity} other {the roles in # volunteering activities}}',
  'privacy.removed.recordEvidence':
    '{count, plural, one {the written evidence of # competence} other {the written evidence of # competences}}',
  'privacy.removed.certificateSnapshots':
    '{count, plural, one {the personal data in the archived copy of # certificate (it can still be verified)} other {the personal data in the archived copies of # certificates (they can still be verified)}}',
  'privacy.kept.enrolments':
    '{count, plural, one {# course enrolment} other {# course enrolments}}',
  'privacy.kept.attendance':
    '{count, plural, one {# attendance record, with its hours} other {# attendance records, with their hours}}',
  'privacy.kept.pathways':
    '{count, plural, one {# individual pathway (type, status and dates)} other {# individual pathways (type, status and dates)}}',
  'privacy.kept.milestones':
    '{count, plural, one {# milestone (type and date)} other {# milestones (type and date)}}',
  'privacy.kept.volunteering':
    '{count, plural, one {# volunteering activity, with its hours} other {# volunteering activities, with their hours}}',
  'privacy.kept.competenceRecords':
    '{count, plural, one {# recognised competence} other {# recognised competences}}',
  'privacy.kept.certificates': '{count, plural, one {# certificate} other {# certificates}}',

  'privacy.retention.intro':
    'People linked only to projects that ended longer ago than each project’s retention rule allows (set it on the project’s form). Anyone also linked to a project without a rule is not listed.',
  'privacy.retention.empty': 'Nobody is past the retention period.',
  'privacy.retention.caption': 'People past the retention period',
  'privacy.retention.selectAll': 'Select everyone who can be anonymised',
  'privacy.retention.select': 'Select {name}',
  'privacy.retention.col.person': 'Person',
  'privacy.retention.col.project': 'Project',
  'privacy.retention.col.projectEnd': 'Project end',
  'privacy.retention.col.retention': 'Retention',
  'privacy.retention.col.until': 'Keep until',
  'privacy.retention.col.state': 'Status',
  'privacy.retention.years': '{years, plural, one {# year} other {# years}}',
  'privacy.retention.otherProjects':
    '{count, plural, one {and # other project} other {and # other projects}}',
  'privacy.retention.ready': 'Can be anonymised',
  'privacy.retention.blocker.running_course': 'Enrolled in the course “{course}” (until {date})',
  'privacy.retention.blocker.open_pathway': 'Open individual pathway ({track})',
  'privacy.retention.bulk': 'Anonymise the people chosen ({count})',
  'privacy.retention.dialog.title':
    '{count, plural, one {Anonymise # person?} other {Anonymise # people?}}',
  'privacy.retention.dialog.intro':
    'For each person chosen this removes: first and last name (replaced by a code), tax code, day and month of birth, place of birth, contacts, residence permit, who referred them, year of arrival and every text written about them (meeting and screening notes, individual plan, referrals, outcomes, milestone details, evidence, personal data on certificates). The data report figures need stay, without a name. This cannot be undone.',
  'privacy.retention.dialog.people': 'People chosen:',
  'privacy.retention.done':
    '{count, plural, one {# person anonymised.} other {# people anonymised.}}',
};

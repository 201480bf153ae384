import type { certificatesMessagesIt } from './messages.it';

/** English texts of the certificate screens. */
export const certificatesMessagesEn: Record<keyof typeof certificatesMessagesIt, string> = {
  'certificates.registry.title': 'Certificate register',
  'certificates.registry.intro':
    'Every certificate issued, with its number and verification code. Certificates are never deleted: they are revoked or replaced by a new number.',
  'certificates.registry.open': 'Certificate register',
  'certificates.registry.caption': 'Certificates issued',
  'certificates.filters': 'Certificate filters',
  'certificates.filter.project': 'Project',
  'certificates.filter.allProjects': 'All projects',
  'certificates.filter.course': 'Course',
  'certificates.filter.allCourses': 'All courses',
  'certificates.filter.query': 'Search by person, number or code',
  'certificates.filter.status': 'Status',
  'certificates.filter.allStatuses': 'All statuses',
  'certificates.count':
    '{count, plural, =0 {No certificates} one {# certificate} other {# certificates}}{more, select, true {; there are more} other {}}',
  'certificates.empty': 'No certificate matches the filters.',
  'certificates.emptyRegistry':
    'No certificate has been issued yet. They are issued from the person’s page or the course page, once competences are validated.',
  'certificates.loadMore': 'Show more',
  'certificates.col.number': 'Number and code',
  'certificates.col.person': 'Person',
  'certificates.col.projectCourse': 'Project and course',
  'certificates.col.issuedOn': 'Issued on',
  'certificates.col.competences': 'Competences',
  'certificates.col.language': 'Language',
  'certificates.col.status': 'Status',
  'certificates.col.actions': 'Actions',
  'certificates.status.issued': 'In force',
  'certificates.status.revoked': 'Revoked',
  'certificates.status.replaced': 'Replaced',
  'certificates.replacedBy': 'by no. {number}',
  'certificates.revokedOn': 'on {date}: {reason}',
  'certificates.language.it': 'Italian',
  'certificates.language.en': 'English',
  'certificates.action.pdf': 'Download PDF',
  'certificates.action.pdfLabel': 'Download PDF of certificate {number}',
  'certificates.action.preparing': 'Preparing…',
  'certificates.action.revoke': 'Revoke',
  'certificates.action.revokeLabel': 'Revoke certificate {number}',
  'certificates.action.reissue': 'Reissue',
  'certificates.action.reissueLabel': 'Reissue certificate {number}',
  'certificates.revoke.title': 'Revoke certificate {number} of {name}?',
  'certificates.revoke.body':
    'Revoking is final: whoever verifies the code will see that the certificate is revoked, with the date and the reason. The records become available for a new certificate.',
  'certificates.revoke.reason': 'Reason for revoking',
  'certificates.revoke.reasonHint': 'Shown to whoever verifies the certificate: no personal data.',
  'certificates.revoke.confirm': 'Revoke the certificate',
  'certificates.reissue.title': 'Reissue certificate {number} of {name}?',
  'certificates.reissue.body':
    'A new certificate is issued, with a new number, from the validated records in force. No. {number} stays in the register as “replaced” and verifying it points to the new number.',
  'certificates.reissue.confirm': 'Reissue with a new number',
  'certificates.notice.revoked': 'Certificate {number} revoked.',
  'certificates.notice.reissued': 'Certificate {number} replaced: the new number is {newNumber}.',
  'certificates.notice.issued': 'Certificate {number} issued.',

  'certificates.verify.title': 'Verify a certificate',
  'certificates.verify.intro':
    'Check a certificate with the code printed under its QR code or with the PDF file you received. The result shows every field recorded at issue: compare them with the document.',
  'certificates.verify.byCode': 'By code',
  'certificates.verify.code': 'Verification code',
  'certificates.verify.codeHint':
    'As printed (e.g. K7Q2-M9XD-4F3A): upper or lower case and spaces do not matter. The text typed by a QR code scanner works too.',
  'certificates.verify.submitCode': 'Verify the code',
  'certificates.verify.byFile': 'By PDF file',
  'certificates.verify.file': 'PDF file of the certificate',
  'certificates.verify.fileHint': 'At most 10 MB. The file stays on this computer.',
  'certificates.verify.chooseButton': 'Choose the PDF file…',
  'certificates.verify.noFile': 'No file chosen',
  'certificates.verify.chooseFile': 'Choose the PDF file of the certificate.',
  'certificates.verify.unreadable':
    'The chosen file could not be read: try again or choose another.',
  'certificates.verify.submitFile': 'Verify the file',
  'certificates.verify.checking': 'Verifying…',
  'certificates.verify.resultLabel': 'Verification result',
  'certificates.verdict.valid':
    'Certificate no. {number} is valid: it is in the register and in force.',
  'certificates.verdict.revoked':
    'Certificate no. {number} was revoked on {date}. Reason: {reason}',
  'certificates.verdict.replaced':
    'Certificate no. {number} was replaced by no. {newNumber}: it is no longer in force.',
  'certificates.verdict.unknown':
    'No certificate with this code in the register: check that it was typed correctly. An unknown code may mean the document is not genuine.',
  'certificates.verify.fileSame':
    'The file “{name}” is identical, byte for byte, to the one issued.',
  'certificates.verify.fileDiffers':
    'The file “{name}” is not identical to the one issued: it may have been edited. Compare every field below with the document.',
  'certificates.verify.noCodeInFile':
    'The file “{name}” holds no Percorsi verification code: it was not issued with this program, or it has been altered.',
  'certificates.verify.printedTitle': 'Fields recorded at issue',
  'certificates.verify.printedIntro':
    'These are the fields printed on the certificate, as the register kept them: any difference from the document means it was changed.',
  'certificates.verify.snapshotChanged':
    'Warning: the fields kept in the register no longer match the fingerprint recorded at issue.',
  'certificates.field.number': 'Number',
  'certificates.field.code': 'Verification code',
  'certificates.field.issuedOn': 'Date of issue',
  'certificates.field.language': 'Language of the certificate',
  'certificates.field.person': 'Person',
  'certificates.field.lastName': 'Surname',
  'certificates.field.firstName': 'Name',
  'certificates.field.birthDate': 'Date of birth',
  'certificates.field.birthPlace': 'Place of birth',
  'certificates.field.codiceFiscale': 'Tax code',
  'certificates.field.organisation': 'Issuing body',
  'certificates.field.organisationName': 'Name',
  'certificates.field.taxCode': 'Tax code of the body',
  'certificates.field.address': 'Address',
  'certificates.field.signatory': 'Signatory',
  'certificates.field.signatoryValue': '{name}, {role}',
  'certificates.field.project': 'Project',
  'certificates.field.projectTitle': 'Title',
  'certificates.field.funder': 'Funder',
  'certificates.field.fundingLine': 'Funding line',
  'certificates.field.noProject': 'No project printed.',
  'certificates.field.competences': '{count, plural, one {# competence} other {# competences}}',
  'certificates.field.eqf': 'EQF level',
  'certificates.field.esco': 'ESCO code',
  'certificates.field.ada': 'ADA code (Atlante)',
  'certificates.field.acquisition': 'How it was acquired',
  'certificates.field.hours': 'Hours',
  'certificates.field.periodLabel': 'Period',
  'certificates.field.period': 'from {from} to {to}',
  'certificates.field.attendance': 'Attendance',
  'certificates.field.experience': 'Description of the experience',
  'certificates.field.assessment': 'Assessment method',
  'certificates.field.assessedOn': 'Date of assessment',
  'certificates.field.assessor': 'Assessor',
  'certificates.field.evidence': 'Evidence',
  'certificates.field.notPrinted': 'Not printed',
  'certificates.acquisition.course': 'Course',
  'certificates.acquisition.volunteering': 'Volunteering',
  'certificates.acquisition.internship': 'Internship',
  'certificates.acquisition.experience': 'Other experience',
  'certificates.assessment.interview': 'Interview',
  'certificates.assessment.observation': 'Observation',
  'certificates.assessment.portfolio': 'Portfolio',
  'certificates.assessment.test': 'Test',

  'certificates.person.title': 'Certificates',
  'certificates.person.caption': 'Certificates of the person',
  'certificates.person.none': 'No certificate issued for this person.',
  'certificates.person.nothingToCertify':
    'There are no validated records to certify: competences are validated in the Competences section.',
  'certificates.issue.title': 'Issue a certificate',
  'certificates.issue.records': 'Competences to certify',
  'certificates.issue.recordsHint': 'Validated records not printed on a certificate in force.',
  'certificates.issue.recordFacts': 'EQF {eqf} · {source} · assessed on {date}',
  'certificates.issue.project': 'Project printed',
  'certificates.issue.projectHint':
    'Usually the project of the course the records come from; choose one if the certificate concerns another project.',
  'certificates.issue.projectFromRecords': 'From the records’ course',
  'certificates.issue.submit':
    '{count, plural, one {Issue and download (# competence)} other {Issue and download (# competences)}}',
  'certificates.issue.issuing': 'Issuing…',
  'certificates.issue.openSettings': 'Open the organisation profile in Settings',
  'certificates.issue.askAdmin':
    'Ask an administrator to add the signatory’s name and role to the organisation profile.',

  'certificates.batch.title': 'Course certificates',
  'certificates.batch.intro':
    'A certificate for everyone with validated competences in this course, in one ZIP: a PDF per person and one PDF to print.',
  'certificates.batch.eligible': 'People to issue a certificate to',
  'certificates.batch.selectAll': 'Select all',
  'certificates.batch.selectNone': 'Select none',
  'certificates.batch.records': '{count, plural, one {# competence} other {# competences}}',
  'certificates.batch.noneEligible':
    'Nobody in the course has validated competences still to certify.',
  'certificates.batch.blocked':
    '{count, plural, one {# person without a certificate} other {# people without a certificate}}',
  'certificates.batch.fileNames': 'File names',
  'certificates.batch.fileNames.number': 'Number only (attestato-2026-0001.pdf)',
  'certificates.batch.fileNames.number_name':
    'Number and the person’s name (attestato-2026-0001-Rossi-Maria.pdf)',
  'certificates.batch.namesNote':
    'People’s names will appear in the file names: mind where you save the ZIP and whom you send it to.',
  'certificates.batch.start':
    '{count, plural, =0 {Choose at least one person} one {Issue # certificate} other {Issue # certificates}}',
  'certificates.batch.running': 'Issuing certificates.',
  'certificates.batch.progressLabel': 'Issuing progress',
  'certificates.batch.progress': '{done} of {total} certificates issued',
  'certificates.batch.cancel': 'Cancel issuing',
  'certificates.batch.cancelling': 'Cancelling…',
  'certificates.batch.done':
    '{done, plural, one {Finished: # certificate issued.} other {Finished: # certificates issued.}}',
  'certificates.batch.cancelled':
    'Issuing cancelled: {done} of {total} certificates had already been issued and remain valid.',
  'certificates.batch.failed':
    'Issuing stopped after {done} of {total} certificates (those issued remain valid).',
  'certificates.batch.numbers':
    '{count, plural, one {Number: {first}.} other {Numbers {first} to {last}.}}',
  'certificates.batch.download': 'Download the ZIP',
  'certificates.batch.again': 'New batch',
};

import type { Locale } from './locale';

/**
 * Error and validation texts shared by the router (messages in API errors) and
 * the renderer (next to form fields). Keys are stable; texts are for people.
 */
const it = {
  'errors.validation': 'Alcuni dati non sono validi: correggi i campi segnalati.',
  'errors.notFound': 'Il record richiesto non esiste o è stato rimosso.',
  'errors.forbidden': 'Non hai i permessi per questa operazione.',
  'errors.unknownChannel': 'Operazione sconosciuta.',
  'errors.badRequest': 'Richiesta non valida.',
  'errors.internal':
    'Si è verificato un errore imprevisto. Nessun dato è stato modificato; riprova.',
  'errors.duplicate':
    'Esiste già una persona con gli stessi dati (codice fiscale, oppure nome e data di nascita). Controlla prima di salvare.',
  'errors.required': 'Campo obbligatorio.',
  'errors.invalid': 'Valore non valido.',
  'errors.invalidChoice': 'Scegli un valore dall’elenco.',
  'errors.tooLong': 'Testo troppo lungo.',
  'errors.nameTooLong': 'Massimo 100 caratteri.',
  'errors.textTooLong': 'Massimo 200 caratteri.',
  'errors.controlChars': 'Contiene caratteri non ammessi.',
  'errors.nameNeedsLetter': 'Deve contenere almeno una lettera.',
  'errors.dateInvalid': 'Data non valida (usa il formato gg/mm/aaaa).',
  'errors.dateFuture': 'La data non può essere nel futuro.',
  'errors.dateTooOld': 'La data è troppo lontana nel passato.',
  'errors.countryInvalid': 'Paese non riconosciuto.',
  'errors.citizenshipRequired': 'Indica almeno una cittadinanza (o «apolide»).',
  'errors.tooMany': 'Troppi elementi.',
  'errors.emailInvalid': 'Indirizzo e-mail non valido.',
  'errors.phoneInvalid': 'Numero di telefono non valido.',
  'errors.yearInvalid': 'Anno non valido.',
  'errors.arrivalBeforeBirth': 'L’anno di arrivo non può precedere la nascita.',
  'errors.consentScopesRequired': 'Seleziona almeno una finalità del consenso.',
  'errors.cfFormat': 'Il codice fiscale deve avere 16 caratteri (lettere e cifre).',
  'errors.cfChecksum': 'Codice fiscale non valido: il carattere di controllo non corrisponde.',
  'errors.cfBirthDate': 'Il codice fiscale non corrisponde alla data di nascita.',
  'errors.cfSex': 'Il codice fiscale non corrisponde al sesso indicato.',
  'errors.cfForeignBorn':
    'Il codice fiscale indica una nascita in Italia, ma il paese di nascita è estero.',
  'errors.cfItalianBorn':
    'Il codice fiscale indica una nascita all’estero, ma il paese di nascita è l’Italia.',
  'errors.cfCountry': 'Il codice fiscale non corrisponde al paese di nascita.',
  'errors.cfPlace': 'Il codice fiscale non corrisponde al comune di nascita.',
  'errors.unauthenticated': 'Accedi per continuare.',
  'errors.locked': 'La sessione è bloccata: inserisci la password per continuare.',
  'errors.invalidCredentials': 'Nome utente o password non corretti.',
  'errors.invalidRecovery': 'Chiave di recupero o nome utente non corretti.',
  'errors.rateLimited': 'Troppi tentativi non riusciti: riprova tra {seconds} secondi.',
  'errors.passwordTooShort': 'La password deve avere almeno 10 caratteri.',
  'errors.passwordTooLong': 'La password è troppo lunga (massimo 1024 caratteri).',
  'errors.passwordMismatch': 'Le due password non coincidono.',
  'errors.usernameInvalid': 'Da 3 a 64 caratteri: lettere senza accenti, cifre, punto, trattino.',
  'errors.usernameTaken': 'Questo nome utente è già in uso.',
  'errors.lastAdmin': 'Deve restare almeno un amministratore attivo.',
  'errors.selfDeactivate': 'Non puoi disattivare il tuo stesso account.',
  'errors.passwordRequiredToReactivate': 'Per riattivare l’account imposta una nuova password.',
  'errors.alreadySetUp': 'Percorsi è già stato configurato su questo computer.',
  'errors.inactivityRange': 'Da 1 a 240 minuti.',
  'errors.backupForeign':
    'Questo backup non appartiene a questo archivio (altra organizzazione o altra chiave): non è stato ripristinato nulla.',
  'errors.backupFailed': 'Il backup non è riuscito; il backup precedente è intatto.',
  'errors.keyFileDamaged':
    'Il file delle chiavi è danneggiato o è stato modificato: ripristinalo da una copia. Nessun dato è stato modificato.',
  'errors.dataFileDamaged':
    'Il file dei dati non si apre con questa chiave: è danneggiato o appartiene a un altro archivio. Nessun dato è stato modificato.',
  'errors.endBeforeStart': 'La fine deve venire dopo l’inizio.',
  'errors.percentRange': 'Un valore da 0 a 100.',
  'errors.timeInvalid': 'Ora non valida (usa il formato hh:mm).',
  'errors.projectCodeTaken': 'Esiste già un progetto con questo codice.',
  'errors.retentionRange': 'Da 1 a 50 anni.',
  'errors.erasureConfirm': 'Conferma l’anonimizzazione per procedere.',
  'errors.noneChosen': 'Scegli almeno una persona.',
  'errors.alreadyAnonymised': 'Questa persona è già stata anonimizzata.',
  'errors.participantAnonymised':
    'Questa persona è stata anonimizzata: la sua scheda non si può più modificare.',
  'errors.erasureRunningCourse':
    'Questa persona è iscritta a un corso non ancora concluso ({course}): prima segna il ritiro dal corso o attendi che finisca, poi anonimizzala.',
  'errors.erasureOpenPathway':
    'Questa persona ha un percorso individuale ancora aperto: prima chiudilo (o segnalo come interrotto), poi anonimizzala.',
  'errors.erasureBatchBlocked':
    'Non è stato anonimizzato nessuno: {count} delle persone scelte non si possono anonimizzare (già anonimizzate, iscritte a un corso non concluso o con un percorso aperto). Toglile dalla selezione e riprova.',
  'errors.outsideCourse': 'La data è fuori dal periodo del corso.',
  'errors.noSessionDates': 'Nessuna data corrisponde ai giorni scelti nel periodo indicato.',
  'errors.alreadyEnrolled': 'Questa persona è già iscritta al corso.',
  'errors.notEnrolled': 'Questa persona non è iscritta al corso.',
  'errors.minutesBeyondSession': 'Le ore superano la durata dell’incontro.',
  'errors.lateNeedsMinutes': 'Per un ritardo indica le ore di presenza.',
  'errors.duplicateRow': 'La stessa persona compare due volte.',
  'errors.notATrainer': 'L’utente scelto non è un formatore o una formatrice attiva.',
  'errors.sessionCancelled': 'L’incontro è annullato: non si registrano presenze.',
  'errors.importFileType': 'Carica un file CSV o XLSX.',
  'errors.fileTooLarge': 'Il file è troppo grande (massimo 10 MB).',
  'errors.requestTooLarge':
    'La richiesta è troppo grande: un file da importare può essere al massimo di 10 MB.',
  'errors.importUnreadable': 'Il file non si legge come CSV o XLSX.',
  'errors.importEmpty': 'Il file non contiene righe da importare.',
  'errors.importTooManyRows': 'Il file ha troppe righe (massimo 20.000).',
  'errors.importMissingColumns':
    'Mancano colonne obbligatorie: servono data, ora_inizio, ora_fine e, per le presenze, codice_fiscale oppure cognome e nome, e stato.',
  'errors.importUnknownPerson': 'Persona non trovata tra gli iscritti al corso.',
  'errors.importStatus':
    'Stato non riconosciuto: usa P, A, G o R (presente, assente, giustificato, ritardo).',
  'errors.importHours': 'Ore non valide (esempio: 2,5).',
  'errors.importRejected':
    'Il file contiene errori: non è stato importato nulla. Correggi le righe indicate e riprova.',
  'errors.levelRange': 'Un livello da 1 a 4.',
  'errors.atecoInvalid': 'Codice ATECO non valido (esempio: 56.10.11).',
  'errors.openActions':
    'Il percorso ha ancora azioni aperte nel patto: conferma per chiuderlo lasciandole aperte.',
  'errors.beforePathwayOpened': 'La data precede l’apertura del percorso.',
  'errors.followUpBeforeBaseline':
    'Un aggiornamento non può precedere la scheda iniziale (o mancare di essa).',
  'errors.baselineExists': 'Il percorso ha già una scheda iniziale.',
  'errors.notACounselor': 'L’utente scelto non è un operatore o un’operatrice attiva.',
  'errors.pathwayClosed': 'Il percorso è chiuso: non si può modificare.',
  'errors.serviceDeleted': 'Questo servizio è stato eliminato dall’elenco: scegline un altro.',
  'errors.codeTooLong': 'Codice troppo lungo (massimo 20 caratteri).',
  'errors.competenceCode':
    'Il codice può contenere solo lettere, cifre, punto, trattino e trattino basso.',
  'errors.competenceCodeTaken': 'Esiste già una competenza con questo codice.',
  'errors.eqfLevel': 'Indica il livello EQF, da 1 a 8.',
  'errors.escoUri': 'L’URI ESCO deve essere un indirizzo che inizia con http:// o https://.',
  'errors.competenceInactive': 'La competenza non è più attiva nel quadro: sceglierne un’altra.',
  'errors.recordSourceMissing':
    'L’attività indicata come origine non esiste o non riguarda questa persona.',
  'errors.recordNotDraft': 'Si possono modificare solo le evidenze in bozza.',
  'errors.recordAlreadyRevoked': 'Questa evidenza è già stata revocata.',
  'errors.recordNotValidated':
    'Si possono certificare solo evidenze convalidate di questa persona.',
  'errors.recordOnCertificate':
    'L’evidenza compare in un attestato in vigore: revoca prima l’attestato.',
  'errors.recordDuplicate':
    'Per questa persona c’è già un’evidenza della stessa competenza dalla stessa attività.',
  'errors.noValidatedRecord':
    'Nessuna evidenza convalidata da certificare: convalida almeno una competenza.',
  'errors.signatoryMissing':
    'Manca il firmatario degli attestati: indicalo con il suo ruolo nel profilo dell’organizzazione (Impostazioni).',
  'errors.certificateAlreadyRevoked': 'L’attestato è già stato revocato.',
  'errors.certificateNotInForce': 'L’attestato non è in vigore (revocato o sostituito).',
  'errors.verifyCodeOrFile': 'Scrivi il codice stampato sull’attestato oppure scegli il file PDF.',
  'errors.noEligible': 'Nessuna persona scelta per l’emissione.',
  'errors.batchNotFound': 'Questa emissione non è più disponibile: avviala di nuovo.',
  'errors.batchNotFinished': 'L’emissione non è ancora terminata.',
  'errors.batchRunning': 'È già in corso un’emissione: attendi che finisca o annullala.',
  'errors.withdrawn': 'Ritirato dal corso.',
  'errors.recordAlreadyCertified':
    'Una delle competenze scelte è già in un attestato in vigore: per ristamparlo usa «Riemetti» nel registro.',
  'errors.frameworkFile':
    'Il file non è un quadro di competenze leggibile (JSON o CSV esportato da Percorsi).',
  'errors.importLinesBeforeHeader':
    'Le righe prima della riga {line} (titoli, note) sono state ignorate: le intestazioni sono alla riga {line}.',
  'errors.importMergedDown':
    'Il foglio ha celle unite in verticale (per esempio {range}): il loro valore è stato ripetuto in ogni riga coperta.',
  'errors.importMergedAcross':
    'Celle unite su più colonne ({range}): separa le celle e scrivi ogni dato nella sua colonna.',
  'errors.importWindows1252':
    'Il file non è in UTF-8: è stato letto con la codifica di Excel per Windows (Windows-1252). Controlla le lettere accentate nell’anteprima.',
  'errors.importUnterminatedQuote':
    'Il file CSV ha delle virgolette aperte alla riga {line} e mai chiuse: correggilo e riprova.',
  'errors.importSheetTooLarge':
    'Il foglio è troppo grande da leggere: dividilo in file più piccoli (massimo 20.000 righe).',
  'errors.importFirstSheetOnly':
    'Il file ha {count} fogli: viene letto solo il primo. Sposta i dati nel primo foglio se non sono lì.',
  'errors.importSex': 'Sesso non riconosciuto: usa F, M, altro oppure «non indicato».',
  'errors.importDateNumber':
    'È un numero, non una data: in Excel formatta la cella come data oppure scrivi gg/mm/aaaa.',
  'errors.importCountry':
    'Paese non riconosciuto: scrivi il nome in italiano o in inglese (es. Senegal) o il codice ISO (es. SN).',
  'errors.importItalianLevel': 'Livello non riconosciuto: usa pre-A1, A1, A2, B1, B2, C1 o C2.',
  'errors.importIsced':
    'Titolo di studio non riconosciuto: scrivi il livello ISCED da 0 a 8 (es. 3 per il diploma).',
  'errors.importPermit':
    'Permesso non riconosciuto: usa per esempio lavoro, famiglia, studio, richiesta asilo, rifugiato, protezione sussidiaria, protezione speciale, lungo periodo, UE, altro o nessuno.',
  'errors.importYesNo': 'Scrivi sì oppure no.',
  'errors.importLegalBasis':
    'Base giuridica non riconosciuta: usa consenso, contratto, obbligo di legge, interesse pubblico o legittimo interesse.',
  'errors.importScopes':
    'Finalità non riconosciuta: usa servizio, rendicontazione, contatti o foto (separate da virgole).',
  'errors.importFormulaError':
    'La formula della cella dà un errore ({code}): correggila nel foglio.',
  'errors.importFormulaNoValue':
    'La cella ha una formula senza valore calcolato: apri il file in Excel o LibreOffice, salvalo e riprova.',
  'errors.importDuplicateInFile': 'La stessa persona compare già alla riga {line} del file.',
  'errors.importColumnNotFound':
    'La colonna «{column}» non c’è in questo file: controlla le associazioni delle colonne.',
  'errors.importMappingMissing':
    'Mancano dati obbligatori: {fields}. Associa ciascuno a una colonna del file (o, per il consenso, indica un valore per tutti).',
  'errors.importChanged':
    'Nel frattempo sono state registrate persone presenti nel file: non è stato importato nulla. Controlla di nuovo il file.',
  'errors.importRunning': 'Hai già un’importazione in corso: attendi che finisca o annullala.',
  'errors.importJobNotFound': 'Questa importazione non è più disponibile: avviala di nuovo.',
  'errors.importProtected':
    'Il file è protetto da password o è nel vecchio formato .xls: aprilo in Excel o LibreOffice e salvalo come .xlsx senza password.',
} as const;

export type MessageKey = keyof typeof it;

const en: Record<MessageKey, string> = {
  'errors.validation': 'Some data is not valid: correct the highlighted fields.',
  'errors.notFound': 'The requested record does not exist or has been removed.',
  'errors.forbidden': 'You do not have permission for this operation.',
  'errors.unknownChannel': 'Unknown operation.',
  'errors.badRequest': 'Invalid request.',
  'errors.internal': 'An unexpected error occurred. Nothing was changed; please try again.',
  'errors.duplicate':
    'A person with the same details already exists (tax code, or name and birth date). Check before saving.',
  'errors.required': 'Required.',
  'errors.invalid': 'Invalid value.',
  'errors.invalidChoice': 'Choose a value from the list.',
  'errors.tooLong': 'Text is too long.',
  'errors.nameTooLong': 'At most 100 characters.',
  'errors.textTooLong': 'At most 200 characters.',
  'errors.controlChars': 'Contains characters that are not allowed.',
  'errors.nameNeedsLetter': 'Must contain at least one letter.',
  'errors.dateInvalid': 'Invalid date (use dd/mm/yyyy).',
  'errors.dateFuture': 'The date cannot be in the future.',
  'errors.dateTooOld': 'The date is too far in the past.',
  'errors.countryInvalid': 'Unknown country.',
  'errors.citizenshipRequired': 'Give at least one citizenship (or “stateless”).',
  'errors.tooMany': 'Too many items.',
  'errors.emailInvalid': 'Invalid e-mail address.',
  'errors.phoneInvalid': 'Invalid phone number.',
  'errors.yearInvalid': 'Invalid year.',
  'errors.arrivalBeforeBirth': 'The arrival year cannot be before birth.',
  'errors.consentScopesRequired': 'Select at least one purpose of the consent.',
  'errors.cfFormat': 'The tax code must have 16 characters (letters and digits).',
  'errors.cfChecksum': 'Invalid tax code: the check character does not match.',
  'errors.cfBirthDate': 'The tax code does not match the birth date.',
  'errors.cfSex': 'The tax code does not match the sex given.',
  'errors.cfForeignBorn': 'The tax code says born in Italy, but the birth country is abroad.',
  'errors.cfItalianBorn': 'The tax code says born abroad, but the birth country is Italy.',
  'errors.cfCountry': 'The tax code does not match the birth country.',
  'errors.cfPlace': 'The tax code does not match the birth comune.',
  'errors.unauthenticated': 'Sign in to continue.',
  'errors.locked': 'The session is locked: enter your password to continue.',
  'errors.invalidCredentials': 'Wrong username or password.',
  'errors.invalidRecovery': 'Wrong recovery key or username.',
  'errors.rateLimited': 'Too many failed attempts: try again in {seconds} seconds.',
  'errors.passwordTooShort': 'The password must have at least 10 characters.',
  'errors.passwordTooLong': 'The password is too long (at most 1024 characters).',
  'errors.passwordMismatch': 'The two passwords do not match.',
  'errors.usernameInvalid': '3 to 64 characters: unaccented letters, digits, dot, dash.',
  'errors.usernameTaken': 'This username is already taken.',
  'errors.lastAdmin': 'At least one active administrator must remain.',
  'errors.selfDeactivate': 'You cannot deactivate your own account.',
  'errors.passwordRequiredToReactivate': 'Set a new password to reactivate the account.',
  'errors.alreadySetUp': 'Percorsi has already been set up on this computer.',
  'errors.inactivityRange': 'From 1 to 240 minutes.',
  'errors.backupForeign':
    'This backup does not belong to this archive (another organisation or key): nothing was restored.',
  'errors.backupFailed': 'The backup failed; the previous backup is intact.',
  'errors.keyFileDamaged':
    'The key file is damaged or was modified: restore it from a copy. No data was changed.',
  'errors.dataFileDamaged':
    'The data file does not open with this key: it is damaged or belongs to another archive. No data was changed.',
  'errors.endBeforeStart': 'The end must come after the start.',
  'errors.percentRange': 'A value from 0 to 100.',
  'errors.timeInvalid': 'Invalid time (use hh:mm).',
  'errors.projectCodeTaken': 'A project with this code already exists.',
  'errors.retentionRange': 'From 1 to 50 years.',
  'errors.erasureConfirm': 'Confirm the anonymisation to go ahead.',
  'errors.noneChosen': 'Choose at least one person.',
  'errors.alreadyAnonymised': 'This person has already been anonymised.',
  'errors.participantAnonymised':
    'This person has been anonymised: their record can no longer be changed.',
  'errors.erasureRunningCourse':
    'This person is enrolled in a course that has not ended ({course}): first mark them as withdrawn from it or wait until it ends, then anonymise them.',
  'errors.erasureOpenPathway':
    'This person has an individual pathway still open: first close it (or mark it as dropped), then anonymise them.',
  'errors.erasureBatchBlocked':
    'Nobody was anonymised: {count} of the people chosen cannot be anonymised (already anonymised, enrolled in a course that has not ended, or with an open pathway). Take them out of the selection and try again.',
  'errors.outsideCourse': 'The date is outside the course period.',
  'errors.noSessionDates': 'No date matches the chosen weekdays in that period.',
  'errors.alreadyEnrolled': 'This person is already enrolled in the course.',
  'errors.notEnrolled': 'This person is not enrolled in the course.',
  'errors.minutesBeyondSession': 'The hours exceed the session’s length.',
  'errors.lateNeedsMinutes': 'For a late arrival give the hours attended.',
  'errors.duplicateRow': 'The same person appears twice.',
  'errors.notATrainer': 'The chosen user is not an active trainer.',
  'errors.sessionCancelled': 'The session is cancelled: no attendance is recorded.',
  'errors.importFileType': 'Upload a CSV or XLSX file.',
  'errors.fileTooLarge': 'The file is too large (at most 10 MB).',
  'errors.requestTooLarge': 'The request is too large: a file to import can be at most 10 MB.',
  'errors.importUnreadable': 'The file cannot be read as CSV or XLSX.',
  'errors.importEmpty': 'The file holds no rows to import.',
  'errors.importTooManyRows': 'The file has too many rows (at most 20,000).',
  'errors.importMissingColumns':
    'Required columns are missing: data, ora_inizio, ora_fine and, for attendance, codice_fiscale or cognome and nome, and stato.',
  'errors.importUnknownPerson': 'Person not found among those enrolled in the course.',
  'errors.importStatus': 'Unknown status: use P, A, G or R (present, absent, excused, late).',
  'errors.importHours': 'Invalid hours (example: 2.5).',
  'errors.importRejected':
    'The file has errors: nothing was imported. Correct the listed rows and try again.',
  'errors.levelRange': 'A level from 1 to 4.',
  'errors.atecoInvalid': 'Invalid ATECO code (example: 56.10.11).',
  'errors.openActions':
    'The pathway still has open plan actions: confirm to close it and leave them open.',
  'errors.beforePathwayOpened': 'The date is before the pathway was opened.',
  'errors.followUpBeforeBaseline':
    'A follow-up cannot come before (or without) the baseline screening.',
  'errors.baselineExists': 'The pathway already has a baseline screening.',
  'errors.notACounselor': 'The chosen user is not an active counselor.',
  'errors.pathwayClosed': 'The pathway is closed: it cannot be changed.',
  'errors.serviceDeleted': 'This service was removed from the directory: choose another.',
  'errors.codeTooLong': 'Code too long (at most 20 characters).',
  'errors.competenceCode': 'The code may contain only letters, digits, dot, hyphen and underscore.',
  'errors.competenceCodeTaken': 'A competence with this code already exists.',
  'errors.eqfLevel': 'Give the EQF level, from 1 to 8.',
  'errors.escoUri': 'The ESCO URI must be an address starting with http:// or https://.',
  'errors.competenceInactive':
    'This competence is no longer active in the framework: choose another.',
  'errors.recordSourceMissing':
    'The activity given as the source does not exist or does not concern this person.',
  'errors.recordNotDraft': 'Only draft records can be changed.',
  'errors.recordAlreadyRevoked': 'This record has already been revoked.',
  'errors.recordNotValidated': 'Only validated records of this person can be certified.',
  'errors.recordOnCertificate':
    'The record is printed on a certificate in force: revoke the certificate first.',
  'errors.recordDuplicate':
    'This person already has a record of the same competence from the same activity.',
  'errors.noValidatedRecord': 'No validated record to certify: validate at least one competence.',
  'errors.signatoryMissing':
    'The certificate signatory is missing: add their name and role to the organisation profile (Settings).',
  'errors.certificateAlreadyRevoked': 'The certificate has already been revoked.',
  'errors.certificateNotInForce': 'The certificate is not in force (revoked or replaced).',
  'errors.verifyCodeOrFile': 'Type the code printed on the certificate or choose the PDF file.',
  'errors.noEligible': 'Nobody was chosen for issuing.',
  'errors.batchNotFound': 'This batch is no longer available: start it again.',
  'errors.batchNotFinished': 'The batch has not finished yet.',
  'errors.batchRunning': 'A batch is already running: wait for it to finish or cancel it.',
  'errors.withdrawn': 'Withdrawn from the course.',
  'errors.recordAlreadyCertified':
    'One of the chosen competences is already on a certificate in force: to print it again use “Reissue” in the registry.',
  'errors.frameworkFile':
    'The file is not a readable competence framework (JSON or CSV exported by Percorsi).',
  'errors.importLinesBeforeHeader':
    'The lines above line {line} (titles, notes) were ignored: the headers are on line {line}.',
  'errors.importMergedDown':
    'The sheet has cells merged down a column (for example {range}): their value was repeated on every row they cover.',
  'errors.importMergedAcross':
    'Cells merged across columns ({range}): unmerge them and put each item in its own column.',
  'errors.importWindows1252':
    'The file is not UTF-8: it was read with the encoding of Excel for Windows (Windows-1252). Check the accented letters in the preview.',
  'errors.importUnterminatedQuote':
    'The CSV file opens a quote on line {line} and never closes it: correct it and try again.',
  'errors.importSheetTooLarge':
    'The sheet is too large to read: split it into smaller files (at most 20,000 rows).',
  'errors.importFirstSheetOnly':
    'The file has {count} sheets: only the first is read. Move the data to the first sheet if it is not there.',
  'errors.importSex': 'Sex not recognised: use F, M, other or “not stated”.',
  'errors.importDateNumber':
    'This is a number, not a date: format the cell as a date in Excel or write dd/mm/yyyy.',
  'errors.importCountry':
    'Country not recognised: write its name in Italian or English (e.g. Senegal) or its ISO code (e.g. SN).',
  'errors.importItalianLevel': 'Level not recognised: use pre-A1, A1, A2, B1, B2, C1 or C2.',
  'errors.importIsced':
    'Education not recognised: write the ISCED level from 0 to 8 (e.g. 3 for upper secondary).',
  'errors.importPermit':
    'Permit not recognised: use for example work, family, study, asylum seeker, refugee, subsidiary protection, special protection, long-term, EU, other or none.',
  'errors.importYesNo': 'Write yes or no.',
  'errors.importLegalBasis':
    'Legal basis not recognised: use consent, contract, legal obligation, public interest or legitimate interest.',
  'errors.importScopes':
    'Purpose not recognised: use service, reporting, contact or photos (separated by commas).',
  'errors.importFormulaError':
    'The cell’s formula gives an error ({code}): correct it in the sheet.',
  'errors.importFormulaNoValue':
    'The cell has a formula with no calculated value: open the file in Excel or LibreOffice, save it and try again.',
  'errors.importDuplicateInFile': 'The same person is already on line {line} of the file.',
  'errors.importColumnNotFound':
    'There is no column “{column}” in this file: check how the columns are matched.',
  'errors.importMappingMissing':
    'Required data missing: {fields}. Match each to a column of the file (or, for consent, give one value for everybody).',
  'errors.importChanged':
    'Meanwhile some people in the file were registered: nothing was imported. Check the file again.',
  'errors.importRunning': 'You already have an import running: wait for it to finish or cancel it.',
  'errors.importJobNotFound': 'This import is no longer available: start it again.',
  'errors.importProtected':
    'The file is password-protected or in the old .xls format: open it in Excel or LibreOffice and save it as .xlsx without a password.',
};

export const errorMessages: Record<Locale, Record<MessageKey, string>> = { it, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(it, key);
}

export function translateError(
  key: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const text = isMessageKey(key)
    ? errorMessages[locale][key]
    : errorMessages[locale]['errors.invalid'];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

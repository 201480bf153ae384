/** Italian texts of the data-protection requests (accesso, anonimizzazione, conservazione). */
export const privacyMessagesIt = {
  'settings.section.retention': 'Conservazione dei dati',
  'projects.field.retentionYears': 'Conservazione dei dati (anni dopo la fine)',
  'projects.field.retentionYearsHint':
    'Facoltativo, da 1 a 50. Passato questo periodo, le persone del progetto compaiono in Impostazioni › Conservazione dei dati.',
  'audit.action.privacy.export': 'Esportazione dei dati di una persona (GDPR)',
  'audit.action.privacy.erasurePreview': 'Anteprima dell’anonimizzazione',
  'audit.action.privacy.anonymise': 'Anonimizzazione di una persona',
  'audit.action.privacy.anonymiseMany': 'Anonimizzazione di più persone',
  'audit.action.privacy.retentionReview': 'Revisione della conservazione dei dati',

  'privacy.section.title': 'Protezione dei dati',
  'privacy.section.intro':
    'Su richiesta della persona puoi esportare tutti i dati che la riguardano (diritto di accesso) oppure anonimizzarla (diritto alla cancellazione): i conteggi dei rendiconti restano invariati.',
  'privacy.export.button': 'Esporta i dati (GDPR)',
  'privacy.export.working': 'Preparazione dei file…',
  'privacy.export.done':
    'Esportazione pronta: sono stati scaricati i dati in formato JSON e il documento PDF.',
  'privacy.export.again': 'Scarica di nuovo:',
  'privacy.export.json': 'dati (JSON)',
  'privacy.export.pdf': 'documento (PDF)',
  'privacy.anonymise.button': 'Anonimizza',
  'privacy.anonymised.banner':
    'Persona anonimizzata il {date} (codice {code}): nome, contatti e note sono stati rimossi; restano solo i dati che servono ai conteggi.',
  'privacy.anonymised.done': 'Persona anonimizzata.',

  'privacy.dialog.title': 'Anonimizzare {name}?',
  'privacy.dialog.intro':
    'L’anonimizzazione non si può annullare. La scheda resta, con un codice al posto del nome, perché i conteggi dei rendiconti non cambino.',
  'privacy.dialog.blocked': 'Prima di anonimizzare:',
  'privacy.blocker.running_course':
    'la persona è iscritta al corso «{course}», che finisce il {date}: segna il ritiro dal corso o attendi che finisca;',
  'privacy.blocker.open_pathway':
    'la persona ha un percorso individuale aperto ({track}): chiudilo o segnalo come interrotto.',
  'privacy.dialog.removed': 'Verranno rimossi:',
  'privacy.dialog.kept': 'Restano, senza nulla che identifichi la persona:',
  'privacy.dialog.keptPerson':
    'sesso, anno di nascita, cittadinanza, paese di nascita, comune di residenza, protezione internazionale, lingue, livello di italiano e titolo di studio',
  'privacy.dialog.backups':
    'I backup fatti prima di oggi contengono ancora questi dati finché non vengono sostituiti dai successivi.',
  'privacy.dialog.confirm': 'Ho letto cosa verrà rimosso e confermo l’anonimizzazione',
  'privacy.dialog.submit': 'Anonimizza definitivamente',
  'privacy.dialog.working': 'Anonimizzazione in corso…',
  'privacy.field.name': 'nome e cognome (sostituiti da «Persona anonimizzata» e da un codice)',
  'privacy.field.codiceFiscale': 'codice fiscale',
  'privacy.field.birthDay': 'giorno e mese di nascita (resta l’anno)',
  'privacy.field.birthPlace': 'luogo di nascita',
  'privacy.field.email': 'indirizzo e-mail',
  'privacy.field.phone': 'numero di telefono',
  'privacy.field.residencePermit': 'tipo e scadenza del permesso di soggiorno',
  'privacy.field.referredBy': 'chi ha inviato la persona',
  'privacy.field.arrivalYear': 'anno di arrivo in Italia',
  'privacy.removed.meetingNotes':
    '{count, plural, one {note e prossimi passi di # colloquio} other {note e prossimi passi di # colloqui}}',
  'privacy.removed.screeningNotes':
    '{count, plural, one {# nota delle schede di screening} other {# note delle schede di screening}}',
  'privacy.removed.planTexts':
    '{count, plural, one {# testo del patto individuale (obiettivi e azioni)} other {# testi del patto individuale (obiettivi e azioni)}}',
  'privacy.removed.referralTexts':
    '{count, plural, one {motivo ed esito di # invio ai servizi} other {motivi ed esiti di # invii ai servizi}}',
  'privacy.removed.pathwayOutcomes':
    '{count, plural, one {l’esito scritto di # percorso} other {gli esiti scritti di # percorsi}}',
  'privacy.removed.milestoneDetails':
    '{count, plural, one {i dettagli personali di # tappa (tutor, dote, nome dell’impresa o dell’associazione)} other {i dettagli personali di # tappe (tutor, dote, nome dell’impresa o dell’associazione)}}',
  'privacy.removed.enrolmentReasons':
    '{count, plural, one {il motivo di # cambio di iscrizione} other {i motivi di # cambi di iscrizione}}',
  'privacy.removed.volunteeringRoles':
    '{count, plural, one {il ruolo in # attività di volontariato} other {i ruoli in # attività di volontariato}}',
  'privacy.removed.recordEvidence':
    '{count, plural, one {le evidenze scritte di # competenza} other {le evidenze scritte di # competenze}}',
  'privacy.removed.certificateSnapshots':
    '{count, plural, one {i dati personali nella copia in archivio di # attestato (resta verificabile)} other {i dati personali nelle copie in archivio di # attestati (restano verificabili)}}',
  'privacy.kept.enrolments':
    '{count, plural, one {# iscrizione a un corso} other {# iscrizioni ai corsi}}',
  'privacy.kept.attendance':
    '{count, plural, one {# presenza registrata, con le ore} other {# presenze registrate, con le ore}}',
  'privacy.kept.pathways':
    '{count, plural, one {# percorso individuale (tipo, stato e date)} other {# percorsi individuali (tipo, stato e date)}}',
  'privacy.kept.milestones':
    '{count, plural, one {# tappa (tipo e data)} other {# tappe (tipo e data)}}',
  'privacy.kept.volunteering':
    '{count, plural, one {# attività di volontariato, con le ore} other {# attività di volontariato, con le ore}}',
  'privacy.kept.competenceRecords':
    '{count, plural, one {# competenza riconosciuta} other {# competenze riconosciute}}',
  'privacy.kept.certificates': '{count, plural, one {# attestato} other {# attestati}}',

  'privacy.retention.intro':
    'Le persone legate solo a progetti finiti da più anni di quanti ne prevede la regola di conservazione di ciascun progetto (la imposti nella scheda del progetto). Chi è legato anche a un progetto senza regola non compare.',
  'privacy.retention.empty': 'Nessuna persona ha superato il periodo di conservazione.',
  'privacy.retention.caption': 'Persone oltre il periodo di conservazione',
  'privacy.retention.selectAll': 'Seleziona tutte le persone anonimizzabili',
  'privacy.retention.select': 'Seleziona {name}',
  'privacy.retention.col.person': 'Persona',
  'privacy.retention.col.project': 'Progetto',
  'privacy.retention.col.projectEnd': 'Fine del progetto',
  'privacy.retention.col.retention': 'Conservazione',
  'privacy.retention.col.until': 'Conservare fino al',
  'privacy.retention.col.state': 'Stato',
  'privacy.retention.years': '{years, plural, one {# anno} other {# anni}}',
  'privacy.retention.otherProjects':
    '{count, plural, one {e # altro progetto} other {e altri # progetti}}',
  'privacy.retention.ready': 'Anonimizzabile',
  'privacy.retention.blocker.running_course': 'Iscritta/o al corso «{course}» (fino al {date})',
  'privacy.retention.blocker.open_pathway': 'Percorso individuale aperto ({track})',
  'privacy.retention.bulk': 'Anonimizza le persone scelte ({count})',
  'privacy.retention.dialog.title':
    '{count, plural, one {Anonimizzare # persona?} other {Anonimizzare # persone?}}',
  'privacy.retention.dialog.intro':
    'Per ciascuna persona scelta verranno rimossi: nome e cognome (sostituiti da un codice), codice fiscale, giorno e mese di nascita, luogo di nascita, contatti, permesso di soggiorno, chi l’ha inviata, anno di arrivo e tutti i testi scritti su di lei (note dei colloqui e dello screening, patto individuale, invii, esiti, dettagli delle tappe, evidenze, dati personali negli attestati). Restano, senza nome, i dati che servono ai conteggi dei rendiconti. L’operazione non si può annullare.',
  'privacy.retention.dialog.people': 'Persone scelte:',
  'privacy.retention.done':
    '{count, plural, one {# persona anonimizzata.} other {# persone anonimizzate.}}',
};

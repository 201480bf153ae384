CREATE TABLE `certificate_records` (
	`certificate_id` integer NOT NULL,
	`record_id` integer NOT NULL,
	PRIMARY KEY(`certificate_id`, `record_id`),
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`record_id`) REFERENCES `competence_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `certificate_records_record_idx` ON `certificate_records` (`record_id`);--> statement-breakpoint
CREATE TABLE `certificates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`verification_code` text NOT NULL,
	`participant_id` integer,
	`project_id` integer,
	`course_id` integer,
	`locale` text NOT NULL,
	`issued_on` text NOT NULL,
	`issued_by` integer,
	`snapshot` text NOT NULL,
	`snapshot_sha256` text NOT NULL,
	`file_sha256` text NOT NULL,
	`status` text DEFAULT 'issued' NOT NULL,
	`revoked_reason` text,
	`revoked_at` text,
	`replaced_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_year_seq_idx` ON `certificates` (`year`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_number_idx` ON `certificates` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_code_idx` ON `certificates` (`verification_code`);--> statement-breakpoint
CREATE INDEX `certificates_participant_idx` ON `certificates` (`participant_id`);--> statement-breakpoint
CREATE INDEX `certificates_course_idx` ON `certificates` (`course_id`);--> statement-breakpoint
CREATE INDEX `certificates_project_idx` ON `certificates` (`project_id`);--> statement-breakpoint
CREATE TABLE `competence_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`competence_id` integer NOT NULL,
	`level_reached` text NOT NULL,
	`source` text NOT NULL,
	`course_id` integer,
	`volunteering_id` integer,
	`milestone_id` integer,
	`source_title` text NOT NULL,
	`minutes` integer,
	`period_from` text,
	`period_to` text,
	`attendance_permille` integer,
	`evidence` text,
	`assessment_method` text NOT NULL,
	`assessor_name` text NOT NULL,
	`assessed_on` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`validated_by` integer,
	`validated_at` text,
	`revoked_reason` text,
	`revoked_at` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`competence_id`) REFERENCES `competences`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volunteering_id`) REFERENCES `volunteering`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`validated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competence_records_participant_idx` ON `competence_records` (`participant_id`,`status`);--> statement-breakpoint
CREATE INDEX `competence_records_course_idx` ON `competence_records` (`course_id`);--> statement-breakpoint
CREATE INDEX `competence_records_competence_idx` ON `competence_records` (`competence_id`);--> statement-breakpoint
CREATE TABLE `competences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title_it` text NOT NULL,
	`title_en` text NOT NULL,
	`description_it` text NOT NULL,
	`description_en` text NOT NULL,
	`track` text NOT NULL,
	`eqf_level` integer NOT NULL,
	`esco_uri` text,
	`ada_code` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "competences_eqf_check" CHECK("competences"."eqf_level" BETWEEN 1 AND 8)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `competences_code_idx` ON `competences` (`code`);--> statement-breakpoint
CREATE TABLE `course_competences` (
	`course_id` integer NOT NULL,
	`competence_id` integer NOT NULL,
	PRIMARY KEY(`course_id`, `competence_id`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competence_id`) REFERENCES `competences`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `course_competences_competence_idx` ON `course_competences` (`competence_id`);--> statement-breakpoint
CREATE TRIGGER `certificates_never_deleted` BEFORE DELETE ON `certificates`
BEGIN SELECT RAISE(ABORT, 'certificates are never deleted'); END;--> statement-breakpoint
CREATE TRIGGER `certificates_frozen` BEFORE UPDATE OF `year`, `seq`, `number`, `verification_code`, `snapshot_sha256`, `file_sha256`, `issued_on` ON `certificates`
BEGIN SELECT RAISE(ABORT, 'issued certificates are frozen'); END;--> statement-breakpoint
INSERT INTO `competences` (`code`, `title_it`, `title_en`, `description_it`, `description_en`, `track`, `eqf_level`) VALUES
('ASS-01', 'Redigere lo statuto e l''atto costitutivo di un''associazione', 'Drafting the statute and constitutive act of an association', 'Individua scopi, organi, regole di ammissione e di bilancio di un''associazione di volontariato o di promozione sociale e li traduce in uno statuto e in un atto costitutivo conformi al Codice del Terzo settore (D.Lgs. 117/2017).', 'Identifies the aims, bodies, membership and budget rules of a voluntary or social-promotion association and sets them out in a statute and constitutive act that comply with the Third Sector Code (Legislative Decree 117/2017).', 'association', 4),
('ASS-02', 'Gestire il registro dei volontari e gli obblighi assicurativi', 'Keeping the volunteer register and insurance obligations', 'Tiene aggiornato il registro dei volontari non occasionali, verifica la copertura assicurativa obbligatoria contro infortuni, malattia e responsabilità civile e ne controlla le scadenze.', 'Keeps the register of regular volunteers up to date, checks the compulsory insurance against accidents, illness and third-party liability, and watches its expiry dates.', 'association', 3),
('ASS-03', 'Iscrivere un ente al RUNTS e tenerne gli adempimenti', 'Registering an organisation in RUNTS and meeting its obligations', 'Prepara la domanda di iscrizione al Registro unico nazionale del Terzo settore, deposita i bilanci e aggiorna i dati dell''ente nei tempi previsti.', 'Prepares the application to the national Third Sector register (RUNTS), files the annual accounts and keeps the organisation''s data up to date on time.', 'association', 4),
('ASS-04', 'Organizzare assemblee e verbalizzare le decisioni', 'Running members'' meetings and minuting decisions', 'Convoca l''assemblea secondo lo statuto, conduce l''ordine del giorno e redige un verbale chiaro delle decisioni e delle votazioni.', 'Calls the members'' meeting as the statute requires, follows the agenda and writes clear minutes of decisions and votes.', 'association', 3),
('AUT-01', 'Redigere un business plan', 'Writing a business plan', 'Descrive l''idea d''impresa, il mercato, i concorrenti e l''organizzazione, e stima investimenti, costi, ricavi e fabbisogno finanziario dei primi tre anni.', 'Describes the business idea, market, competitors and organisation, and estimates investment, costs, revenue and financing needs for the first three years.', 'self_employment', 4),
('AUT-02', 'Aprire una posizione IVA e scegliere il regime fiscale', 'Opening a VAT position and choosing the tax regime', 'Conosce i passaggi per aprire una partita IVA, scegliere il codice ATECO e confrontare il regime forfettario con quello ordinario, con gli obblighi previdenziali collegati.', 'Knows the steps to open a VAT position, choose the ATECO activity code and compare the flat-rate regime with the ordinary one, with the related social-security obligations.', 'self_employment', 4),
('AUT-03', 'Accedere al microcredito e agli strumenti di finanziamento', 'Accessing micro-credit and start-up funding', 'Individua gli strumenti di finanziamento adatti (microcredito, bandi, garanzie), prepara la documentazione e sostiene il colloquio con l''ente finanziatore.', 'Identifies suitable funding (micro-credit, calls for proposals, guarantees), prepares the documents and handles the interview with the lender.', 'self_employment', 4),
('AUT-04', 'Gestire la contabilità di base di una piccola attività', 'Basic bookkeeping for a small business', 'Registra incassi e spese, emette fatture elettroniche, conserva i documenti e legge un semplice rendiconto.', 'Records income and expenses, issues electronic invoices, keeps the records and reads a simple financial statement.', 'self_employment', 3),
('LAV-01', 'Scrivere un curriculum vitae e preparare un colloquio di lavoro', 'Writing a CV and preparing a job interview', 'Redige un curriculum in formato europeo e una lettera di presentazione mirata, e prepara le risposte alle domande più frequenti di un colloquio.', 'Writes a CV in the European format and a targeted cover letter, and prepares answers to the most common interview questions.', 'job_placement', 3),
('LAV-02', 'Conoscere le basi della sicurezza sul lavoro', 'Workplace safety basics', 'Conosce i diritti e i doveri del lavoratore in materia di salute e sicurezza (D.Lgs. 81/2008), riconosce i rischi principali e i dispositivi di protezione.', 'Knows workers'' rights and duties on health and safety (Legislative Decree 81/2008), recognises the main risks and the protective equipment.', 'job_placement', 2),
('LAV-03', 'Orientarsi tra contratti di lavoro e busta paga', 'Understanding employment contracts and payslips', 'Distingue le principali forme contrattuali, legge una busta paga e riconosce ferie, permessi, contributi e trattamento di fine rapporto.', 'Tells the main kinds of employment contract apart, reads a payslip and recognises leave, contributions and severance pay.', 'job_placement', 3),
('LAV-04', 'Cercare lavoro con i servizi e gli strumenti digitali', 'Job search with public services and digital tools', 'Usa i centri per l''impiego, le agenzie e i portali online per cercare offerte, candidarsi e seguire le proprie candidature.', 'Uses job centres, agencies and online portals to find vacancies, apply and follow up on applications.', 'job_placement', 3);

CREATE TABLE `participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`normalized_name` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`birth_country` text NOT NULL,
	`birth_place` text,
	`citizenships` text NOT NULL,
	`codice_fiscale` text,
	`residence_comune` text,
	`email` text,
	`phone` text,
	`languages` text NOT NULL,
	`italian_level` text,
	`education_isced` integer,
	`residence_permit_type` text,
	`residence_permit_expiry` text,
	`international_protection` integer DEFAULT false NOT NULL,
	`arrival_year` integer,
	`referred_by` text,
	`consent_date` text NOT NULL,
	`consent_legal_basis` text NOT NULL,
	`consent_scopes` text NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `participants_codice_fiscale_idx` ON `participants` (`codice_fiscale`);--> statement-breakpoint
CREATE INDEX `participants_name_birth_idx` ON `participants` (`normalized_name`,`birth_date`);--> statement-breakpoint
CREATE INDEX `participants_last_first_idx` ON `participants` (`last_name`,`first_name`);
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pathway_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`date` text NOT NULL,
	`reason` text,
	`outcome` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_pathway_idx` ON `referrals` (`pathway_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`provider` text,
	`category` text NOT NULL,
	`comune` text,
	`address` text,
	`contacts` text,
	`opening_hours` text,
	`eligibility` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `services_category_idx` ON `services` (`category`,`comune`);--> statement-breakpoint
CREATE TABLE `volunteering` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`host_association` text NOT NULL,
	`role` text,
	`start_date` text NOT NULL,
	`end_date` text,
	`hours` integer NOT NULL,
	`insurance_covered` integer NOT NULL,
	`insurance_expiry` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `volunteering_participant_idx` ON `volunteering` (`participant_id`);--> statement-breakpoint
CREATE INDEX `volunteering_host_idx` ON `volunteering` (`host_association`);
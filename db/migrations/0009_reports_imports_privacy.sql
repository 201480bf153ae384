CREATE TABLE `import_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_mappings_kind_name_idx` ON `import_mappings` (`kind`,`name`);--> statement-breakpoint
ALTER TABLE `participants` ADD `anonymised_at` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `retention_years` integer;--> statement-breakpoint
ALTER TABLE `certificates` ADD `redacted_at` text;--> statement-breakpoint
CREATE INDEX `pathways_project_opened_idx` ON `pathways` (`project_id`,`opened_on`);
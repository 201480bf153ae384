CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pathway_id` integer NOT NULL,
	`date` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`kind` text NOT NULL,
	`notes` text,
	`next_steps` text,
	`next_appointment` text,
	`counselor_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`counselor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_pathway_date_idx` ON `meetings` (`pathway_id`,`date`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pathway_id` integer NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`details` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `milestones_pathway_idx` ON `milestones` (`pathway_id`,`date`);--> statement-breakpoint
CREATE TABLE `pathways` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`track` text NOT NULL,
	`counselor_id` integer NOT NULL,
	`project_id` integer,
	`status` text DEFAULT 'intake' NOT NULL,
	`opened_on` text NOT NULL,
	`closed_on` text,
	`outcome` text,
	`plan_agreed_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counselor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pathways_counselor_status_idx` ON `pathways` (`counselor_id`,`status`);--> statement-breakpoint
CREATE INDEX `pathways_participant_idx` ON `pathways` (`participant_id`);--> statement-breakpoint
CREATE TABLE `plan_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`description` text NOT NULL,
	`who` text NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_actions_goal_idx` ON `plan_actions` (`goal_id`);--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pathway_id` integer NOT NULL,
	`title` text NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_goals_pathway_idx` ON `plan_goals` (`pathway_id`);--> statement-breakpoint
CREATE TABLE `screening_scores` (
	`screening_id` integer NOT NULL,
	`dimension` text NOT NULL,
	`level` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`screening_id`, `dimension`),
	FOREIGN KEY (`screening_id`) REFERENCES `screenings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `screenings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pathway_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`assessor_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `screenings_pathway_idx` ON `screenings` (`pathway_id`,`date`);
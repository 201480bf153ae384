CREATE TABLE `project_coordinators` (
	`project_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `user_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_coordinators_user_idx` ON `project_coordinators` (`user_id`);--> statement-breakpoint
CREATE TABLE `project_partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`territory` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_partners_project_idx` ON `project_partners` (`project_id`);--> statement-breakpoint
CREATE TABLE `project_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`indicator` text NOT NULL,
	`track` text,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`note` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_targets_project_idx` ON `project_targets` (`project_id`);--> statement-breakpoint
CREATE TABLE `project_territories` (
	`project_id` integer NOT NULL,
	`comune` text NOT NULL,
	PRIMARY KEY(`project_id`, `comune`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`funder` text NOT NULL,
	`funding_line` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`lead_organisation` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_code_idx` ON `projects` (`code`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`session_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`status` text NOT NULL,
	`minutes` integer NOT NULL,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`session_id`, `participant_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_participant_idx` ON `attendance` (`participant_id`);--> statement-breakpoint
CREATE TABLE `course_trainers` (
	`course_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`course_id`, `user_id`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `course_trainers_user_idx` ON `course_trainers` (`user_id`);--> statement-breakpoint
CREATE TABLE `courses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`track` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`location` text,
	`mode` text NOT NULL,
	`planned_hours` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`min_attendance_pct` integer DEFAULT 70 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `courses_project_idx` ON `courses` (`project_id`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`status` text DEFAULT 'enrolled' NOT NULL,
	`enrolled_on` text NOT NULL,
	`status_date` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_course_participant_idx` ON `enrolments` (`course_id`,`participant_id`);--> statement-breakpoint
CREATE INDEX `enrolments_participant_idx` ON `enrolments` (`participant_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`location` text,
	`topic` text,
	`trainer_id` integer,
	`status` text DEFAULT 'planned' NOT NULL,
	`note` text,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trainer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_course_date_idx` ON `sessions` (`course_id`,`date`,`start_time`);
CREATE TABLE `deployments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`hash` text NOT NULL,
	`xml` text NOT NULL,
	`deployed_at` integer NOT NULL,
	`deployed_by` text
);
--> statement-breakpoint
CREATE TABLE `external_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`instance_id` text NOT NULL,
	`definition_id` text NOT NULL,
	`process_id` text NOT NULL,
	`business_key` text,
	`element_id` text NOT NULL,
	`token_id` text NOT NULL,
	`topic` text NOT NULL,
	`state` text NOT NULL,
	`priority` integer NOT NULL,
	`worker_id` text,
	`lock_expires_at` integer,
	`retries` integer,
	`available_at` integer NOT NULL,
	`error_message` text,
	`error_details` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `external_tasks_fetch_idx` ON `external_tasks` (`topic`,`state`,`available_at`);--> statement-breakpoint
CREATE INDEX `external_tasks_instance_idx` ON `external_tasks` (`instance_id`);--> statement-breakpoint
CREATE TABLE `history` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`instance_id` text NOT NULL,
	`kind` text NOT NULL,
	`element_id` text,
	`element_type` text,
	`token_id` text,
	`at` integer NOT NULL,
	`user_id` text,
	`data` text
);
--> statement-breakpoint
CREATE INDEX `history_instance_idx` ON `history` (`instance_id`,`seq`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`instance_id` text NOT NULL,
	`element_id` text NOT NULL,
	`token_id` text,
	`external_task_id` text,
	`job_id` text,
	`message` text NOT NULL,
	`created_at` integer NOT NULL,
	`resolved_at` integer
);
--> statement-breakpoint
CREATE INDEX `incidents_instance_idx` ON `incidents` (`instance_id`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`instance_id` text,
	`element_id` text,
	`token_id` text,
	`due_at` integer NOT NULL,
	`locked_by` text,
	`locked_until` integer,
	`attempts` integer NOT NULL,
	`retries` integer NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `jobs_due_idx` ON `jobs` (`due_at`);--> statement-breakpoint
CREATE INDEX `jobs_lock_idx` ON `jobs` (`locked_until`,`due_at`);--> statement-breakpoint
CREATE INDEX `jobs_instance_idx` ON `jobs` (`instance_id`);--> statement-breakpoint
CREATE TABLE `process_definitions` (
	`id` text PRIMARY KEY NOT NULL,
	`process_id` text NOT NULL,
	`version` integer NOT NULL,
	`name` text,
	`deployment_id` text NOT NULL,
	`hash` text NOT NULL,
	`warnings` text NOT NULL,
	`deployed_at` integer NOT NULL,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `process_definitions_process_version_idx` ON `process_definitions` (`process_id`,`version`);--> statement-breakpoint
CREATE TABLE `process_instances` (
	`id` text PRIMARY KEY NOT NULL,
	`definition_id` text NOT NULL,
	`process_id` text NOT NULL,
	`business_key` text,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`parent_instance_id` text
);
--> statement-breakpoint
CREATE INDEX `process_instances_business_key_idx` ON `process_instances` (`business_key`);--> statement-breakpoint
CREATE INDEX `process_instances_status_idx` ON `process_instances` (`status`,`process_id`);--> statement-breakpoint
CREATE INDEX `process_instances_parent_idx` ON `process_instances` (`parent_instance_id`) WHERE "process_instances"."parent_instance_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `task_candidates` (
	`task_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`kind`, `value`, `task_id`),
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `task_candidates_task_idx` ON `task_candidates` (`task_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`instance_id` text NOT NULL,
	`definition_id` text NOT NULL,
	`process_id` text NOT NULL,
	`business_key` text,
	`element_id` text NOT NULL,
	`token_id` text NOT NULL,
	`name` text,
	`state` text NOT NULL,
	`lane` text,
	`assignee` text,
	`candidate_users` text NOT NULL,
	`candidate_groups` text NOT NULL,
	`due_at` integer,
	`follow_up_at` integer,
	`priority` integer NOT NULL,
	`form_key` text,
	`created_at` integer NOT NULL,
	`claimed_at` integer,
	`claimed_by` text,
	`completed_at` integer,
	`completed_by` text
);
--> statement-breakpoint
CREATE INDEX `tasks_state_assignee_idx` ON `tasks` (`state`,`assignee`);--> statement-breakpoint
CREATE INDEX `tasks_state_due_idx` ON `tasks` (`state`,`due_at`);--> statement-breakpoint
CREATE INDEX `tasks_instance_idx` ON `tasks` (`instance_id`);
CREATE TABLE `slas` (
	`id` text PRIMARY KEY NOT NULL,
	`instance_id` text NOT NULL,
	`process_id` text NOT NULL,
	`business_key` text,
	`element_id` text NOT NULL,
	`token_id` text NOT NULL,
	`task_id` text,
	`lane` text,
	`state` text NOT NULL,
	`started_at` integer NOT NULL,
	`target_at` integer NOT NULL,
	`at_risk_at` integer NOT NULL,
	`paused_at` integer,
	`paused_ms` integer NOT NULL,
	`at_risk_since` integer,
	`breached_at` integer,
	`closed_at` integer,
	`calendar` text
);
--> statement-breakpoint
CREATE INDEX `slas_by_instance` ON `slas` (`instance_id`);--> statement-breakpoint
CREATE INDEX `slas_by_task` ON `slas` (`task_id`);--> statement-breakpoint
CREATE INDEX `slas_by_process_started` ON `slas` (`process_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `slas_by_state` ON `slas` (`state`,`target_at`);
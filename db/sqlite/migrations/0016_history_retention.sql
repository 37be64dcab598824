CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `process_definitions` ADD `history_time_to_live` integer;--> statement-breakpoint
CREATE INDEX `process_instances_ended_idx` ON `process_instances` (`definition_id`,`ended_at`) WHERE "process_instances"."ended_at" IS NOT NULL;
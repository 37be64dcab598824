ALTER TABLE `external_tasks` ADD `suspended` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `jobs` ADD `suspended` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `process_definitions` ADD `suspended` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `process_instances` ADD `suspended` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD `suspended` integer DEFAULT 0 NOT NULL;
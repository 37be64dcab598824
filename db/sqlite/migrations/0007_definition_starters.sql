ALTER TABLE `process_definitions` ADD `candidate_starter_groups` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `process_definitions` ADD `candidate_starter_users` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `process_definitions` ADD `startable_in_tasklist` integer DEFAULT 1 NOT NULL;
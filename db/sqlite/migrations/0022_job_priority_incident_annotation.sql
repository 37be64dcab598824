ALTER TABLE `incidents` ADD `annotation` text;--> statement-breakpoint
ALTER TABLE `jobs` ADD `priority` integer DEFAULT 0 NOT NULL;
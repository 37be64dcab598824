CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`name` text NOT NULL,
	`xml` text NOT NULL,
	`version` integer NOT NULL,
	`based_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner`) REFERENCES `users`(`username`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `drafts_owner_idx` ON `drafts` (`owner`,`updated_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `language` text;
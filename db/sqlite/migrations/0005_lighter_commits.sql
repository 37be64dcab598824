PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_task_candidates` (
	`task_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`due_key` integer DEFAULT 0 NOT NULL,
	`priority` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`task_id`, `kind`, `value`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_task_candidates`("task_id", "kind", "value", "state", "due_key", "priority", "created_at") SELECT "task_id", "kind", "value", "state", "due_key", "priority", "created_at" FROM `task_candidates`;--> statement-breakpoint
DROP TABLE `task_candidates`;--> statement-breakpoint
ALTER TABLE `__new_task_candidates` RENAME TO `task_candidates`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `task_candidates_urgent_idx` ON `task_candidates` (`kind`,`value`,`state`,`due_key`,"priority" DESC,`created_at`,`task_id`);--> statement-breakpoint
CREATE TABLE `__new_history` (
	`seq` integer PRIMARY KEY NOT NULL,
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
INSERT INTO `__new_history`("seq", "instance_id", "kind", "element_id", "element_type", "token_id", "at", "user_id", "data") SELECT "seq", "instance_id", "kind", "element_id", "element_type", "token_id", "at", "user_id", "data" FROM `history`;--> statement-breakpoint
DROP TABLE `history`;--> statement-breakpoint
ALTER TABLE `__new_history` RENAME TO `history`;--> statement-breakpoint
CREATE INDEX `history_instance_idx` ON `history` (`instance_id`,`seq`);
ALTER TABLE `task_candidates` ADD `state` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE `task_candidates` ADD `due_key` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `task_candidates` ADD `priority` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `task_candidates` ADD `created_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `task_candidates_urgent_idx` ON `task_candidates` (`kind`,`value`,`state`,`due_key`,"priority" DESC,`created_at`,`task_id`);--> statement-breakpoint
UPDATE `task_candidates` SET `state` = t.`state`, `due_key` = coalesce(t.`due_at`, 9007199254740991), `priority` = t.`priority`, `created_at` = t.`created_at` FROM `tasks` t WHERE t.`id` = `task_candidates`.`task_id`;

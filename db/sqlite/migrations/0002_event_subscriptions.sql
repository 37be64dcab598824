CREATE TABLE `event_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`instance_id` text,
	`token_id` text,
	`element_id` text NOT NULL,
	`definition_id` text NOT NULL,
	`process_id` text NOT NULL,
	`business_key` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `event_subscriptions_by_name` ON `event_subscriptions` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `event_subscriptions_by_instance` ON `event_subscriptions` (`instance_id`);
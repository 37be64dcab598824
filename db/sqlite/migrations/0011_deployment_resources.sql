CREATE TABLE `deployment_resources` (
	`deployment_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`hash` text NOT NULL,
	`content` text NOT NULL,
	PRIMARY KEY(`deployment_id`, `name`),
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `deployments` ADD `source` text;--> statement-breakpoint
CREATE INDEX `deployments_name_idx` ON `deployments` (`name`,`deployed_at`);--> statement-breakpoint
ALTER TABLE `process_definitions` ADD `resource` text NOT NULL DEFAULT '';--> statement-breakpoint
INSERT INTO `deployment_resources` (`deployment_id`, `position`, `name`, `hash`, `content`) SELECT `id`, 0, `name`, `hash`, `xml` FROM `deployments`;--> statement-breakpoint
UPDATE `process_definitions` SET `resource` = (SELECT `name` FROM `deployments` WHERE `deployments`.`id` = `process_definitions`.`deployment_id`);--> statement-breakpoint
ALTER TABLE `deployments` DROP COLUMN `xml`;
CREATE TABLE `worker_sightings` (
	`topic` text NOT NULL,
	`worker_id` text NOT NULL,
	`last_seen_at` integer NOT NULL,
	PRIMARY KEY(`topic`, `worker_id`)
);

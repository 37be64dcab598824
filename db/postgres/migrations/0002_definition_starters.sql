ALTER TABLE "process_definitions" ADD COLUMN "candidate_starter_groups" text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE "process_definitions" ADD COLUMN "candidate_starter_users" text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE "process_definitions" ADD COLUMN "startable_in_tasklist" integer DEFAULT 1 NOT NULL;
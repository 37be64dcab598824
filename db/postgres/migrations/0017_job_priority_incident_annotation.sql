ALTER TABLE "incidents" ADD COLUMN "annotation" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "priority" bigint DEFAULT 0 NOT NULL;
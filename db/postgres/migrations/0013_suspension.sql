ALTER TABLE "external_tasks" ADD COLUMN "suspended" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "suspended" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "process_definitions" ADD COLUMN "suspended" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "process_instances" ADD COLUMN "suspended" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "suspended" integer DEFAULT 0 NOT NULL;
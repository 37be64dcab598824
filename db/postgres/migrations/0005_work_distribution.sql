CREATE TABLE "task_turns" (
	"pool" text PRIMARY KEY NOT NULL,
	"last_assignee" text
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "absent" boolean DEFAULT false NOT NULL;
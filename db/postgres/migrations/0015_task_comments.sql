CREATE TABLE "task_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"instance_id" text NOT NULL,
	"user_id" text,
	"at" bigint NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "task_comments_task_idx" ON "task_comments" USING btree ("task_id","at");--> statement-breakpoint
CREATE INDEX "task_comments_instance_idx" ON "task_comments" USING btree ("instance_id");
DROP INDEX "jobs_due_idx";--> statement-breakpoint
DROP INDEX "jobs_lock_idx";--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("due_at") WHERE "jobs"."suspended" = 0;--> statement-breakpoint
CREATE INDEX "jobs_lock_idx" ON "jobs" USING btree ("locked_until","due_at") WHERE "jobs"."suspended" = 0;
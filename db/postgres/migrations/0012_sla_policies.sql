CREATE TABLE "sla_policies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"touchpoint" text,
	"kind" text NOT NULL,
	"target" text NOT NULL,
	"calendar" text,
	"updated_at" bigint,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "slas" ADD COLUMN "policy" text;
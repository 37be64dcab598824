CREATE TABLE "deployment_resources" (
	"deployment_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"hash" text NOT NULL,
	"content" text NOT NULL,
	CONSTRAINT "deployment_resources_deployment_id_name_pk" PRIMARY KEY("deployment_id","name")
);
--> statement-breakpoint
ALTER TABLE "deployments" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "process_definitions" ADD COLUMN "resource" text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE "deployment_resources" ADD CONSTRAINT "deployment_resources_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "public"."deployments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deployments_name_idx" ON "deployments" USING btree ("name","deployed_at");--> statement-breakpoint
INSERT INTO "deployment_resources" ("deployment_id", "position", "name", "hash", "content") SELECT "id", 0, "name", "hash", "xml" FROM "deployments";--> statement-breakpoint
UPDATE "process_definitions" SET "resource" = (SELECT "name" FROM "deployments" WHERE "deployments"."id" = "process_definitions"."deployment_id");--> statement-breakpoint
ALTER TABLE "deployments" DROP COLUMN "xml";
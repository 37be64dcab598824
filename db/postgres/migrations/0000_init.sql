CREATE TABLE "deployments" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"hash" text NOT NULL,
	"xml" text NOT NULL,
	"deployed_at" bigint NOT NULL,
	"deployed_by" text
);
--> statement-breakpoint
CREATE TABLE "external_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"instance_id" text NOT NULL,
	"definition_id" text NOT NULL,
	"process_id" text NOT NULL,
	"business_key" text,
	"element_id" text NOT NULL,
	"token_id" text NOT NULL,
	"topic" text NOT NULL,
	"state" text NOT NULL,
	"priority" integer NOT NULL,
	"worker_id" text,
	"lock_expires_at" bigint,
	"retries" integer,
	"available_at" bigint NOT NULL,
	"error_message" text,
	"error_details" text,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "history" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"instance_id" text NOT NULL,
	"kind" text NOT NULL,
	"element_id" text,
	"element_type" text,
	"token_id" text,
	"at" bigint NOT NULL,
	"user_id" text,
	"data" text
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"instance_id" text NOT NULL,
	"element_id" text NOT NULL,
	"token_id" text,
	"external_task_id" text,
	"job_id" text,
	"message" text NOT NULL,
	"created_at" bigint NOT NULL,
	"resolved_at" bigint
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"instance_id" text,
	"element_id" text,
	"token_id" text,
	"due_at" bigint NOT NULL,
	"locked_by" text,
	"locked_until" bigint,
	"attempts" integer NOT NULL,
	"retries" integer NOT NULL,
	"payload" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "process_definitions" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"version" integer NOT NULL,
	"name" text,
	"deployment_id" text NOT NULL,
	"hash" text NOT NULL,
	"warnings" text NOT NULL,
	"deployed_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "process_instances" (
	"id" text PRIMARY KEY NOT NULL,
	"definition_id" text NOT NULL,
	"process_id" text NOT NULL,
	"business_key" text,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"snapshot" text NOT NULL,
	"started_at" bigint NOT NULL,
	"ended_at" bigint,
	"parent_instance_id" text
);
--> statement-breakpoint
CREATE TABLE "task_candidates" (
	"task_id" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"due_key" bigint DEFAULT 0 NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"created_at" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "task_candidates_task_id_kind_value_pk" PRIMARY KEY("task_id","kind","value")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"instance_id" text NOT NULL,
	"definition_id" text NOT NULL,
	"process_id" text NOT NULL,
	"business_key" text,
	"element_id" text NOT NULL,
	"token_id" text NOT NULL,
	"name" text,
	"state" text NOT NULL,
	"lane" text,
	"assignee" text,
	"candidate_users" text NOT NULL,
	"candidate_groups" text NOT NULL,
	"due_at" bigint,
	"follow_up_at" bigint,
	"priority" integer NOT NULL,
	"form_key" text,
	"created_at" bigint NOT NULL,
	"claimed_at" bigint,
	"claimed_by" text,
	"completed_at" bigint,
	"completed_by" text
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint,
	"last_used_at" bigint,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_name" text NOT NULL,
	"username" text NOT NULL,
	CONSTRAINT "group_members_group_name_username_pk" PRIMARY KEY("group_name","username")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"name" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"username" text PRIMARY KEY NOT NULL,
	"display_name" text,
	"role" text NOT NULL,
	"password_hash" text,
	"disabled" boolean NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"instance_id" text,
	"token_id" text,
	"element_id" text NOT NULL,
	"definition_id" text NOT NULL,
	"process_id" text NOT NULL,
	"business_key" text,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slas" (
	"id" text PRIMARY KEY NOT NULL,
	"instance_id" text NOT NULL,
	"process_id" text NOT NULL,
	"business_key" text,
	"element_id" text NOT NULL,
	"token_id" text NOT NULL,
	"task_id" text,
	"lane" text,
	"state" text NOT NULL,
	"started_at" bigint NOT NULL,
	"target_at" bigint NOT NULL,
	"at_risk_at" bigint NOT NULL,
	"paused_at" bigint,
	"paused_ms" bigint NOT NULL,
	"at_risk_since" bigint,
	"breached_at" bigint,
	"closed_at" bigint,
	"calendar" text
);
--> statement-breakpoint
ALTER TABLE "process_definitions" ADD CONSTRAINT "process_definitions_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "public"."deployments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_username_users_username_fk" FOREIGN KEY ("username") REFERENCES "public"."users"("username") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_name_groups_name_fk" FOREIGN KEY ("group_name") REFERENCES "public"."groups"("name") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_username_users_username_fk" FOREIGN KEY ("username") REFERENCES "public"."users"("username") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_username_users_username_fk" FOREIGN KEY ("username") REFERENCES "public"."users"("username") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "external_tasks_fetch_idx" ON "external_tasks" USING btree ("topic","state","available_at");--> statement-breakpoint
CREATE INDEX "external_tasks_instance_idx" ON "external_tasks" USING btree ("instance_id");--> statement-breakpoint
CREATE INDEX "history_instance_idx" ON "history" USING btree ("instance_id","seq");--> statement-breakpoint
CREATE INDEX "incidents_instance_idx" ON "incidents" USING btree ("instance_id");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "jobs_lock_idx" ON "jobs" USING btree ("locked_until","due_at");--> statement-breakpoint
CREATE INDEX "jobs_instance_idx" ON "jobs" USING btree ("instance_id");--> statement-breakpoint
CREATE UNIQUE INDEX "process_definitions_process_version_idx" ON "process_definitions" USING btree ("process_id","version");--> statement-breakpoint
CREATE INDEX "process_instances_business_key_idx" ON "process_instances" USING btree ("business_key");--> statement-breakpoint
CREATE INDEX "process_instances_status_idx" ON "process_instances" USING btree ("status","process_id");--> statement-breakpoint
CREATE INDEX "process_instances_parent_idx" ON "process_instances" USING btree ("parent_instance_id") WHERE "process_instances"."parent_instance_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "task_candidates_urgent_idx" ON "task_candidates" USING btree ("kind","value","state","due_key","priority" DESC NULLS LAST,"created_at","task_id");--> statement-breakpoint
CREATE INDEX "tasks_state_assignee_idx" ON "tasks" USING btree ("state","assignee");--> statement-breakpoint
CREATE INDEX "tasks_state_due_idx" ON "tasks" USING btree ("state","due_at");--> statement-breakpoint
CREATE INDEX "tasks_instance_idx" ON "tasks" USING btree ("instance_id");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("username");--> statement-breakpoint
CREATE INDEX "group_members_user_idx" ON "group_members" USING btree ("username");--> statement-breakpoint
CREATE INDEX "sessions_expiry_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "event_subscriptions_by_name" ON "event_subscriptions" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "event_subscriptions_by_instance" ON "event_subscriptions" USING btree ("instance_id");--> statement-breakpoint
CREATE INDEX "slas_by_instance" ON "slas" USING btree ("instance_id");--> statement-breakpoint
CREATE INDEX "slas_by_task" ON "slas" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "slas_by_process_started" ON "slas" USING btree ("process_id","started_at");--> statement-breakpoint
CREATE INDEX "slas_by_state" ON "slas" USING btree ("state","target_at");
CREATE TABLE "worker_sightings" (
	"topic" text NOT NULL,
	"worker_id" text NOT NULL,
	"last_seen_at" bigint NOT NULL,
	CONSTRAINT "worker_sightings_topic_worker_id_pk" PRIMARY KEY("topic","worker_id")
);

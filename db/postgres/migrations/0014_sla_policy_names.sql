ALTER TABLE "sla_policies" ADD COLUMN "names" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
-- The shipped policies, once, when the database is created (a removed one stays removed), named in English and Spanish.
INSERT INTO "sla_policies" ("id", "name", "names", "touchpoint", "kind", "target", "calendar") VALUES
('any-immediate', 'Any touchpoint, immediate', '{"en":"Any touchpoint, immediate","es":"Cualquier punto de contacto, inmediata"}'::jsonb, NULL, 'first-response', 'PT3M', NULL),
('any-deferred', 'Any touchpoint, deferred', '{"en":"Any touchpoint, deferred","es":"Cualquier punto de contacto, diferida"}'::jsonb, NULL, 'resolution', 'PT24H', NULL),
('phone-immediate', 'Phone, immediate', '{"en":"Phone, immediate","es":"Teléfono, inmediata"}'::jsonb, 'phone', 'first-response', 'PT3M', NULL),
('phone-deferred', 'Phone, deferred', '{"en":"Phone, deferred","es":"Teléfono, diferida"}'::jsonb, 'phone', 'resolution', 'PT24H', NULL),
('chat-immediate', 'Chat, immediate', '{"en":"Chat, immediate","es":"Chat, inmediata"}'::jsonb, 'chat', 'first-response', 'PT3M', NULL),
('chat-deferred', 'Chat, deferred', '{"en":"Chat, deferred","es":"Chat, diferida"}'::jsonb, 'chat', 'resolution', 'PT24H', NULL),
('email-deferred', 'E-mail, deferred', '{"en":"E-mail, deferred","es":"Correo electrónico, diferida"}'::jsonb, 'email', 'resolution', 'PT24H', NULL)
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
-- A shipped policy still under its shipped name gets its names in both languages.
UPDATE "sla_policies" SET "names" = '{"en":"Any touchpoint, immediate","es":"Cualquier punto de contacto, inmediata"}'::jsonb WHERE "id" = 'any-immediate' AND "name" = 'Any touchpoint, immediate';
--> statement-breakpoint
UPDATE "sla_policies" SET "names" = '{"en":"Any touchpoint, deferred","es":"Cualquier punto de contacto, diferida"}'::jsonb WHERE "id" = 'any-deferred' AND "name" = 'Any touchpoint, deferred';
--> statement-breakpoint
UPDATE "sla_policies" SET "names" = '{"en":"Phone, immediate","es":"Teléfono, inmediata"}'::jsonb WHERE "id" = 'phone-immediate' AND "name" = 'Phone, immediate';
--> statement-breakpoint
UPDATE "sla_policies" SET "names" = '{"en":"Phone, deferred","es":"Teléfono, diferida"}'::jsonb WHERE "id" = 'phone-deferred' AND "name" = 'Phone, deferred';
--> statement-breakpoint
UPDATE "sla_policies" SET "names" = '{"en":"Chat, immediate","es":"Chat, inmediata"}'::jsonb WHERE "id" = 'chat-immediate' AND "name" = 'Chat, immediate';
--> statement-breakpoint
UPDATE "sla_policies" SET "names" = '{"en":"Chat, deferred","es":"Chat, diferida"}'::jsonb WHERE "id" = 'chat-deferred' AND "name" = 'Chat, deferred';
--> statement-breakpoint
UPDATE "sla_policies" SET "names" = '{"en":"E-mail, deferred","es":"Correo electrónico, diferida"}'::jsonb WHERE "id" = 'email-deferred' AND "name" = 'E-mail, deferred';

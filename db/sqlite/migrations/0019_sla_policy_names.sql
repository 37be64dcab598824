ALTER TABLE `sla_policies` ADD `names` text DEFAULT '{}' NOT NULL;
--> statement-breakpoint
-- The shipped policies, once, when the database is created (a removed one stays removed), named in English and Spanish.
INSERT INTO `sla_policies` (`id`, `name`, `names`, `touchpoint`, `kind`, `target`, `calendar`) VALUES
('any-immediate', 'Any touchpoint, immediate', '{"en":"Any touchpoint, immediate","es":"Cualquier punto de contacto, inmediata"}', NULL, 'first-response', 'PT3M', NULL),
('any-deferred', 'Any touchpoint, deferred', '{"en":"Any touchpoint, deferred","es":"Cualquier punto de contacto, diferida"}', NULL, 'resolution', 'PT24H', NULL),
('phone-immediate', 'Phone, immediate', '{"en":"Phone, immediate","es":"Teléfono, inmediata"}', 'phone', 'first-response', 'PT3M', NULL),
('phone-deferred', 'Phone, deferred', '{"en":"Phone, deferred","es":"Teléfono, diferida"}', 'phone', 'resolution', 'PT24H', NULL),
('chat-immediate', 'Chat, immediate', '{"en":"Chat, immediate","es":"Chat, inmediata"}', 'chat', 'first-response', 'PT3M', NULL),
('chat-deferred', 'Chat, deferred', '{"en":"Chat, deferred","es":"Chat, diferida"}', 'chat', 'resolution', 'PT24H', NULL),
('email-deferred', 'E-mail, deferred', '{"en":"E-mail, deferred","es":"Correo electrónico, diferida"}', 'email', 'resolution', 'PT24H', NULL)
ON CONFLICT (`id`) DO NOTHING;
--> statement-breakpoint
-- A shipped policy still under its shipped name gets its names in both languages.
UPDATE `sla_policies` SET `names` = '{"en":"Any touchpoint, immediate","es":"Cualquier punto de contacto, inmediata"}' WHERE `id` = 'any-immediate' AND `name` = 'Any touchpoint, immediate';
--> statement-breakpoint
UPDATE `sla_policies` SET `names` = '{"en":"Any touchpoint, deferred","es":"Cualquier punto de contacto, diferida"}' WHERE `id` = 'any-deferred' AND `name` = 'Any touchpoint, deferred';
--> statement-breakpoint
UPDATE `sla_policies` SET `names` = '{"en":"Phone, immediate","es":"Teléfono, inmediata"}' WHERE `id` = 'phone-immediate' AND `name` = 'Phone, immediate';
--> statement-breakpoint
UPDATE `sla_policies` SET `names` = '{"en":"Phone, deferred","es":"Teléfono, diferida"}' WHERE `id` = 'phone-deferred' AND `name` = 'Phone, deferred';
--> statement-breakpoint
UPDATE `sla_policies` SET `names` = '{"en":"Chat, immediate","es":"Chat, inmediata"}' WHERE `id` = 'chat-immediate' AND `name` = 'Chat, immediate';
--> statement-breakpoint
UPDATE `sla_policies` SET `names` = '{"en":"Chat, deferred","es":"Chat, diferida"}' WHERE `id` = 'chat-deferred' AND `name` = 'Chat, deferred';
--> statement-breakpoint
UPDATE `sla_policies` SET `names` = '{"en":"E-mail, deferred","es":"Correo electrónico, diferida"}' WHERE `id` = 'email-deferred' AND `name` = 'E-mail, deferred';

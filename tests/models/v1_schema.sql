-- Schema version 1 of a networkapp file, as the first release created it:
-- the current tables without the six cached contact columns that version 2 added
-- (sort_name, last_interaction_on, gave_count, received_count, open_warning_weight,
-- search_text) and without their two indexes. Used by test_migration.py.
CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "given_name" VARCHAR(255) NOT NULL, "family_name" VARCHAR(255) NOT NULL, "display_name" VARCHAR(255) NOT NULL, "organization" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "birthday" VARCHAR(255), "notes" TEXT NOT NULL, "photo" BLOB, "photo_mime" VARCHAR(255), "photo_uri" VARCHAR(255), "uid" VARCHAR(255), "status" VARCHAR(255) NOT NULL, "cadence_days" INTEGER, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL);
CREATE INDEX "contact_uid" ON "contact" ("uid");
CREATE INDEX "contact_status" ON "contact" ("status");
CREATE TABLE "clarification" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "date" DATE, "channel" VARCHAR(255) NOT NULL, "planned_questions" TEXT NOT NULL, "their_answer" TEXT NOT NULL, "outcome" VARCHAR(255), "decision" VARCHAR(255), "reason" TEXT NOT NULL, "is_draft" INTEGER NOT NULL, "draft_step" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "clarification_contact_id" ON "clarification" ("contact_id");
CREATE TABLE "contact_address" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "label" VARCHAR(255) NOT NULL, "po_box" VARCHAR(255) NOT NULL, "extended" VARCHAR(255) NOT NULL, "street" VARCHAR(255) NOT NULL, "locality" VARCHAR(255) NOT NULL, "region" VARCHAR(255) NOT NULL, "postal_code" VARCHAR(255) NOT NULL, "country" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_address_contact_id" ON "contact_address" ("contact_id");
CREATE TABLE "contact_email" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "value" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_email_contact_id" ON "contact_email" ("contact_id");
CREATE INDEX "contact_email_value" ON "contact_email" ("value");
CREATE TABLE "contact_phone" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "value" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_phone_contact_id" ON "contact_phone" ("contact_id");
CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX "tag_name" ON "tag" ("name");
CREATE TABLE "contact_tag" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_tag_contact_id" ON "contact_tag" ("contact_id");
CREATE INDEX "contact_tag_tag_id" ON "contact_tag" ("tag_id");
CREATE UNIQUE INDEX "contact_tag_contact_id_tag_id" ON "contact_tag" ("contact_id", "tag_id");
CREATE TABLE "contact_url" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "value" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_url_contact_id" ON "contact_url" ("contact_id");
CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "date" DATE NOT NULL, "channel" VARCHAR(255) NOT NULL, "summary" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "interaction_contact_id" ON "interaction" ("contact_id");
CREATE INDEX "interaction_contact_id_date" ON "interaction" ("contact_id", "date");
CREATE TABLE "exchange" ("id" INTEGER NOT NULL PRIMARY KEY, "interaction_id" INTEGER NOT NULL, "direction" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "growth" VARCHAR(255) NOT NULL, "weight" INTEGER NOT NULL, "note" VARCHAR(255) NOT NULL, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE);
CREATE INDEX "exchange_interaction_id" ON "exchange" ("interaction_id");
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "signal" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "interaction_id" INTEGER, "date" DATE NOT NULL, "polarity" VARCHAR(255) NOT NULL, "category" VARCHAR(255) NOT NULL, "weight" INTEGER NOT NULL, "note" TEXT NOT NULL, "resolved_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL, FOREIGN KEY ("resolved_by_id") REFERENCES "clarification" ("id") ON DELETE SET NULL);
CREATE INDEX "signal_contact_id" ON "signal" ("contact_id");
CREATE INDEX "signal_interaction_id" ON "signal" ("interaction_id");
CREATE INDEX "signal_resolved_by_id" ON "signal" ("resolved_by_id");
CREATE INDEX "signal_contact_id_date" ON "signal" ("contact_id", "date");
CREATE TABLE "status_change" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "action" VARCHAR(255) NOT NULL, "from_status" VARCHAR(255), "to_status" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, "reason" TEXT NOT NULL, "clarification_id" INTEGER, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("clarification_id") REFERENCES "clarification" ("id") ON DELETE SET NULL);
CREATE INDEX "status_change_contact_id" ON "status_change" ("contact_id");
CREATE INDEX "status_change_clarification_id" ON "status_change" ("clarification_id");
PRAGMA user_version = 1;

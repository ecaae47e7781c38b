-- A schema change the upgrade test lays over the real migrations: it stands for the next release's migration.
CREATE TABLE upgrade_probe (id INTEGER NOT NULL PRIMARY KEY);
ALTER TABLE sale ADD COLUMN upgrade_note VARCHAR(64);

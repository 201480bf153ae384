-- Full-text index over people, kept in sync by triggers. drizzle-kit cannot express
-- FTS5 tables, so this migration is written by hand (drizzle-kit generate --custom).
CREATE VIRTUAL TABLE `participants_fts` USING fts5(
	`first_name`, `last_name`, `codice_fiscale`,
	content='participants', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `participants_fts`(`participants_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `participants_fts_ai` AFTER INSERT ON `participants` BEGIN
	INSERT INTO `participants_fts`(rowid, first_name, last_name, codice_fiscale)
	VALUES (new.id, new.first_name, new.last_name, new.codice_fiscale);
END;
--> statement-breakpoint
CREATE TRIGGER `participants_fts_ad` AFTER DELETE ON `participants` BEGIN
	INSERT INTO `participants_fts`(`participants_fts`, rowid, first_name, last_name, codice_fiscale)
	VALUES ('delete', old.id, old.first_name, old.last_name, old.codice_fiscale);
END;
--> statement-breakpoint
CREATE TRIGGER `participants_fts_au` AFTER UPDATE OF first_name, last_name, codice_fiscale ON `participants` BEGIN
	INSERT INTO `participants_fts`(`participants_fts`, rowid, first_name, last_name, codice_fiscale)
	VALUES ('delete', old.id, old.first_name, old.last_name, old.codice_fiscale);
	INSERT INTO `participants_fts`(rowid, first_name, last_name, codice_fiscale)
	VALUES (new.id, new.first_name, new.last_name, new.codice_fiscale);
END;

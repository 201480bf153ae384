-- Prefix indexes for 1, 2 and 3 characters: search as you type starts with one or
-- two letters, and without them FTS5 merges the doclists of every matching term.
-- Same columns, tokenizer and triggers as 0001; only the index is rebuilt.
DROP TABLE `participants_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `participants_fts` USING fts5(
	`first_name`, `last_name`, `codice_fiscale`,
	content='participants', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2',
	prefix='1 2 3'
);
--> statement-breakpoint
INSERT INTO `participants_fts`(`participants_fts`) VALUES ('rebuild');

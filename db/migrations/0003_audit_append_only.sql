-- The audit log is append-only: nothing in the app may edit or remove an event.
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events` BEGIN
	SELECT RAISE(ABORT, 'audit events cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events` BEGIN
	SELECT RAISE(ABORT, 'audit events cannot be deleted');
END;

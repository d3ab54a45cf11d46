-- History on record (see postgres/migrations/017_history_on_record.sql,
-- where the server keeps logins from rewriting the revisions and the audit
-- list). A local file has one user, who holds every role: nothing to do.
SELECT 1;

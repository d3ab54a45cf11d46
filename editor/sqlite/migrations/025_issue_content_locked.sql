-- The office archive's 025 locks a signed issue's content, and an issue
-- under review for all but 审核 and 签发, in the server itself, against
-- logins writing their own SQL. A file has one user, who holds every role
-- and owns the file; the archive refuses those changes itself
-- (requireDraftTx), so a file needs nothing.
SELECT 1;

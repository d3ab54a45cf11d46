-- The office archive's 029 locks the adoptions of a signed issue's items,
-- and the status of the 来稿 they adopted (and under review for all but 审核
-- and 签发), in the server itself, against logins writing their own SQL. A
-- file has one user, who holds every role and owns the file; the archive
-- refuses those changes itself (ReleaseSubmissions, requireDraftStageTx),
-- so a file needs nothing.
SELECT 1;

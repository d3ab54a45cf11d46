-- The office archive's 028 also makes the server's search-count and
-- content-lock triggers cheaper for a save; a file has neither (FTS5
-- counts its own terms, and requireDraftTx locks a signed issue).
--
-- An issue prints the bulletin's name and editing unit as they were when
-- it was signed or imported (review G3): they were read from the bulletin
-- at every export, so renaming it in 设置 rewrote every back issue's
-- masthead. An issue's own masthead_name and masthead_unit, once set, are
-- what it prints; NULL follows the bulletin (a draft, until it is signed).
-- 签发 fills what is not set yet, and so does inserting a signed issue
-- whole (a copy); an import sets its source's. Reopening keeps them.
ALTER TABLE issues ADD COLUMN masthead_name TEXT;
ALTER TABLE issues ADD COLUMN masthead_unit TEXT;
UPDATE issues SET masthead_name = (SELECT b.name FROM bulletins b WHERE b.id = issues.bulletin_id),
	masthead_unit = (SELECT b.editing_unit FROM bulletins b WHERE b.id = issues.bulletin_id)
	WHERE status = 'signed';
CREATE TRIGGER issue_masthead_signed AFTER UPDATE OF status ON issues
	WHEN NEW.status = 'signed' AND OLD.status <> 'signed'
BEGIN
	UPDATE issues SET masthead_name = COALESCE(masthead_name, (SELECT b.name FROM bulletins b WHERE b.id = NEW.bulletin_id)),
		masthead_unit = COALESCE(masthead_unit, (SELECT b.editing_unit FROM bulletins b WHERE b.id = NEW.bulletin_id))
		WHERE id = NEW.id;
END;
CREATE TRIGGER issue_masthead_inserted AFTER INSERT ON issues
	WHEN NEW.status = 'signed'
BEGIN
	UPDATE issues SET masthead_name = COALESCE(masthead_name, (SELECT b.name FROM bulletins b WHERE b.id = NEW.bulletin_id)),
		masthead_unit = COALESCE(masthead_unit, (SELECT b.editing_unit FROM bulletins b WHERE b.id = NEW.bulletin_id))
		WHERE id = NEW.id;
END;

-- Kept as the source wrote them (issue 10):
-- an imported issue's editing-unit line when it has no 编 (中共某市委组织部
-- alone, 某某办公室 2024年3月1日): printed as written instead of 「…编」
-- while it still names the bulletin's editing unit (editor.EditingUnitLine);
-- a 来稿's cover letter and greeting, set apart from its text so that 字数
-- and an adopted item's body hold only the article (Submission.Cover).
ALTER TABLE issues ADD COLUMN unit_line TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN cover TEXT NOT NULL DEFAULT '';

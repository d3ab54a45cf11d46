-- The 版头 and 版记 marks of GB/T 9704 (密级, 保密期限, 内部资料, 份号, 签发人,
-- 本期要目, 印发机关, 印发日期) and the 编者按 of an issue and of an item.
-- A bulletin holds the defaults a new issue starts with; each is printed
-- only when set, so '' and 0 mean "not printed".
ALTER TABLE bulletins ADD COLUMN classification TEXT NOT NULL DEFAULT '';
ALTER TABLE bulletins ADD COLUMN secrecy_term TEXT NOT NULL DEFAULT '';
ALTER TABLE bulletins ADD COLUMN internal_mark INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulletins ADD COLUMN number_copies INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulletins ADD COLUMN signer TEXT NOT NULL DEFAULT '';
ALTER TABLE bulletins ADD COLUMN contents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulletins ADD COLUMN printer TEXT NOT NULL DEFAULT '';

ALTER TABLE issues ADD COLUMN classification TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN secrecy_term TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN internal_mark INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issues ADD COLUMN number_copies INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issues ADD COLUMN copy_number TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN signer TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN contents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issues ADD COLUMN printer TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN printed_date TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN editor_note TEXT NOT NULL DEFAULT '';

ALTER TABLE items ADD COLUMN editor_note TEXT NOT NULL DEFAULT '';

-- Roles (编辑, 审核, 签发, 管理员). A local file has one user, the operating
-- system's, who holds every role; bd_me says so, so that the shared SQL asks
-- the same question on both engines (see postgres/migrations/009_roles.sql,
-- where the server answers it for the login). login is '' here: the
-- application fills in the operating system's user name.
CREATE VIEW bd_me AS SELECT '' AS login, 1 AS editor, 1 AS reviewer, 1 AS signer, 1 AS admin;

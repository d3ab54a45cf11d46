package postgres

// UsersSQL lists the server's logins: name, the archive's roles each holds
// directly (codes joined by commas), and whether it passes every check (a
// superuser or a member of the archive's owner). The archive's group roles
// are named in bd_roles (migration 009).
const UsersSQL = `SELECT r.rolname,
		COALESCE((SELECT string_agg(b.code, ',' ORDER BY b.code) FROM pg_auth_members m
			JOIN pg_roles g ON g.oid = m.roleid JOIN bd_roles b ON b.name = g.rolname WHERE m.member = r.oid), ''),
		r.rolsuper OR pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = CAST('issues' AS regclass)), 'MEMBER')
	FROM pg_roles r
	WHERE r.rolcanlogin AND r.rolname NOT LIKE 'pg\_%'
	ORDER BY r.rolname`

// IsUndefinedObject says whether err is the server not knowing a name.
func IsUndefinedObject(err error) bool {
	c, _ := sqlState(err)
	return c == "42704"
}

package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// Users and roles. Every change is made by a named user: on the office
// archive the PostgreSQL login (the server authenticates it; Bulletin Desk
// handles no passwords), on a local file the operating system's user, who
// holds every role — a file has one editor. The roles decide who may edit
// (编辑), review (审核), sign off (签发) and manage units and 计分办法
// (管理员); on the office archive the server enforces them (see
// postgres/migrations/009_roles.sql), and the checks here only say it first
// and in words.

// Role is 编辑, 审核, 签发 or 管理员; stored as the English code.
type Role string

const (
	RoleEditor   Role = "editor"   // 编辑: collects and edits, sends for review
	RoleReviewer Role = "reviewer" // 审核: reviews, may edit under review, sends back
	RoleSigner   Role = "signer"   // 签发: signs off and reopens
	RoleAdmin    Role = "admin"    // 管理员: units, 计分办法, users' roles
)

// Roles lists the roles in the order the UI shows them.
var Roles = []Role{RoleEditor, RoleReviewer, RoleSigner, RoleAdmin}

// User is a login and the roles it holds.
type User struct {
	Login string
	Roles []Role
	// Super is a login that passes every check (a superuser, or the
	// archive's owner): it holds every role without being granted one.
	Super bool
	Me    bool // the user this archive was opened as
}

// Has says whether u holds role r.
func (u User) Has(r Role) bool {
	for _, x := range u.Roles {
		if x == r {
			return true
		}
	}
	return false
}

// HasAny says whether u holds any of rs.
func (u User) HasAny(rs ...Role) bool {
	for _, r := range rs {
		if u.Has(r) {
			return true
		}
	}
	return false
}

// ErrLocalUsers is a role change asked of a local file, whose one user
// holds every role.
var ErrLocalUsers = errors.New("a local archive has one user, who holds every role; roles are given on the office archive")

// ErrOwnAdmin is a 管理员 taking 管理员 from themselves, which would leave
// nobody to give it back.
var ErrOwnAdmin = errors.New("you cannot take 管理员 from yourself")

// ErrNoRole is a login of the office archive's server that was given none
// of the archive's roles: it may not even read it.
var ErrNoRole = errors.New("this login has no role in the office archive; a 管理员 gives it one")

// ErrNotSetUp is an office database without the archive's tables that
// this login, not its owner, may not create: IT has not run the first
// start yet (review B8: it was told to ask a 管理员, who does not exist yet).
var ErrNotSetUp = errors.New("this office database has not been set up yet: the office's IT runs " +
	"`bulletindesk users --db …` once as the database's owner (README, the office archive), then gives the first 管理员 their role")

// ErrUnknownLogin is a role given to a login the server does not have.
var ErrUnknownLogin = errors.New("the server has no login of that name; the office's IT creates it first")

// Me is the user this archive was opened as, with the roles they hold now.
func (a *Archive) Me(ctx context.Context) (User, error) {
	var me User
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		me, err = a.meTx(ctx, tx)
		return err
	})
	return me, err
}

// meTx is the user and their roles as the archive sees them (bd_me): the
// login on the server, the operating system's user on a file.
func (a *Archive) meTx(ctx context.Context, tx *sql.Tx) (User, error) {
	var login string
	var flags [4]bool
	err := tx.QueryRowContext(ctx, `SELECT login, editor, reviewer, signer, admin FROM bd_me`).
		Scan(&login, &flags[0], &flags[1], &flags[2], &flags[3])
	if err != nil {
		return User{}, fmt.Errorf("read who you are: %w", err)
	}
	if login == "" {
		login = a.user
	}
	me := User{Login: login, Me: true}
	for i, r := range Roles {
		if flags[i] {
			me.Roles = append(me.Roles, r)
		}
	}
	return me, nil
}

// OSUser is the operating system's user name (without a Windows domain),
// who makes the changes to a local file.
func OSUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		name := u.Username
		if i := strings.LastIndexByte(name, '\\'); i >= 0 {
			name = name[i+1:]
		}
		return name
	}
	for _, k := range []string{"USER", "USERNAME", "LOGNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "?"
}

// Users lists the logins with the roles they hold, this user marked: on
// the server every login role (those with no role yet too, to be given
// one), on a file its one user with every role.
func (a *Archive) Users(ctx context.Context) ([]User, error) {
	var out []User
	err := a.read(ctx, func(tx *sql.Tx) error {
		me, err := a.meTx(ctx, tx)
		if err != nil {
			return err
		}
		if a.eng.usersSQL == "" {
			out = []User{me}
			return nil
		}
		out, err = serverUsersTx(ctx, tx, a.eng.usersSQL, me.Login)
		return err
	})
	return out, err
}

// ArchiveUsers are the users of this archive among all (as Users lists
// them): the logins holding one of its roles, those passing every check
// (its owner, a superuser) and this user. The server's other logins —
// another office's archive on the same server, a login IT has just made —
// are only counted (others): the command line's users and the app's 用户
// list the same people, and a 管理员 gives a new login its first role by
// typing its name (review B6: every login of the server was listed).
func ArchiveUsers(all []User) (users []User, others int) {
	for _, u := range all {
		if len(u.Roles) > 0 || u.Super || u.Me {
			users = append(users, u)
		} else {
			others++
		}
	}
	return users, others
}

func serverUsersTx(ctx context.Context, tx *sql.Tx, q, me string) ([]User, error) {
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		var u User
		var roles string
		if err := rows.Scan(&u.Login, &roles, &u.Super); err != nil {
			return nil, err
		}
		for _, r := range Roles {
			if u.Super || strings.Contains(","+roles+",", ","+string(r)+",") {
				u.Roles = append(u.Roles, r)
			}
		}
		u.Me = u.Login == me
		out = append(out, u)
	}
	return out, rows.Err()
}

// GrantRole gives login role r (GRANT group TO login on the server); only
// a 管理员 may. ErrLocalUsers on a file.
func (a *Archive) GrantRole(ctx context.Context, login string, r Role) error {
	return a.changeRole(ctx, login, r, true)
}

// RevokeRole takes role r from login; ErrOwnAdmin for a 管理员's own 管理员.
func (a *Archive) RevokeRole(ctx context.Context, login string, r Role) error {
	return a.changeRole(ctx, login, r, false)
}

func (a *Archive) changeRole(ctx context.Context, login string, r Role, grant bool) error {
	if a.eng.usersSQL == "" {
		return ErrLocalUsers
	}
	if indexRole(r) < 0 {
		return fmt.Errorf("unknown role %q", r)
	}
	return a.tx(ctx, func(tx *sql.Tx) error {
		me, err := a.meTx(ctx, tx)
		if err != nil {
			return err
		}
		if !me.Has(RoleAdmin) {
			return &RoleError{Login: me.Login, What: "roles", Need: []Role{RoleAdmin}}
		}
		if !grant && r == RoleAdmin && login == me.Login {
			return ErrOwnAdmin
		}
		// every desktop reads its user's roles again when it hears of this:
		// the login given 签发 sees 签发 without reopening the archive
		a.noteChange(tx, "roles", 0)
		_, err = tx.ExecContext(ctx, `SELECT bd_grant_role(?, ?, ?)`, login, string(r), boolInt(grant))
		if isUndefinedObject(err) {
			return fmt.Errorf("%s: %w", login, ErrUnknownLogin)
		} else if err != nil {
			return fmt.Errorf("change the roles of %s: %w", login, err)
		}
		return nil
	})
}

func indexRole(r Role) int {
	for i, x := range Roles {
		if x == r {
			return i
		}
	}
	return -1
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// isUndefinedObject says whether err is the server not knowing a name (a login).
func isUndefinedObject(err error) bool { return postgres.IsUndefinedObject(err) }

// RoleError is a step or a change refused because this user lacks the role
// it needs. It is ErrDenied (errors.Is), and carries who and which roles so
// that the app and the command line can say in Chinese what to ask for.
type RoleError struct {
	Login string
	What  string // the step (an IssueAction) or "roles"
	Need  []Role // any one of them would do
}

func (e *RoleError) Error() string {
	return fmt.Sprintf("%s may not %s: %v", e.Login, e.What, ErrDenied)
}

// Unwrap makes a RoleError an ErrDenied.
func (e *RoleError) Unwrap() error { return ErrDenied }

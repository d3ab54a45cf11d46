package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// Upgrading the office archive. A new version's migrations create tables
// and functions; on PostgreSQL they must belong to the archive's owner, or
// the grants the owner's default privileges give each role (009) do not
// apply to them and the functions that run as the owner lose their rights.
// So an upgrade runs as the owner: the owner's login, or a login that is a
// member of it (a superuser among them) becoming it for the migration's
// transaction; any other login is stopped before anything changes, told
// whose login upgrades and what to run.

// ErrNotOwner is an upgrade of the office archive started by a login that
// is not its owner; errors.As gives the *NotOwnerError with the names.
var ErrNotOwner = errors.New("only the office archive's owner may upgrade it")

// NotOwnerError says who owns the archive and what to run as them.
type NotOwnerError struct {
	Owner, Login string
	Command      string // the command that upgrades: any command run as the owner does
}

func (e *NotOwnerError) Error() string {
	return fmt.Sprintf("this version of Bulletin Desk must upgrade the office archive first, and only its owner %s may: "+
		"nothing was changed; ask the office's IT to run once as %s: %s (%s cannot)", e.Owner, e.Owner, e.Command, e.Login)
}

func (e *NotOwnerError) Is(target error) bool { return target == ErrNotOwner }

// upgradeAsOwnerTx makes the rest of the migration's transaction run as
// the archive's owner, or stops with *NotOwnerError; a new archive (no
// migrations table yet) becomes its creator's.
func (a *Archive) upgradeAsOwnerTx(ctx context.Context, tx *sql.Tx) error {
	if a.eng.ownerSQL == "" {
		return nil
	}
	var owner, login string
	var member, is bool
	err := tx.QueryRowContext(ctx, a.eng.ownerSQL).Scan(&owner, &login, &member, &is)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("find the archive's owner: %w", err)
	case is:
		return nil
	case !member:
		return &NotOwnerError{Owner: owner, Login: login, Command: a.ownerCommand(owner)}
	}
	if _, err := tx.ExecContext(ctx, `SET LOCAL ROLE `+postgres.QuoteIdent(owner)); err != nil {
		return fmt.Errorf("upgrade as the archive's owner %s: %w", owner, err)
	}
	return nil
}

// ownerCommand is the command that upgrades the archive as owner: the
// user list, which changes nothing else.
func (a *Archive) ownerCommand(owner string) string {
	s, err := postgres.ParseServer(a.path)
	if err != nil {
		return "bulletindesk users --db postgres://" + owner + "@…"
	}
	s.User = owner
	return "bulletindesk users --db " + s.DSN()
}

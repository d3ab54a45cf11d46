package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// The 签发人 of the masthead is put on the issue by the 签发 step itself:
// once signed, an issue's marks are locked (025), so a 签发人 not given
// then could only be added by reopening the issue and signing it again
// (review G29). The users carry no 姓名 — a login such as wangke is not
// the name a masthead prints — so the name proposed is the one this
// office printed last.

// SignIssue is StepIssue's ActionSign with the masthead's 签发人 given:
// signer (trimmed; "" prints none) is stored in the same transaction as the
// step, after the role and stage are checked.
func (a *Archive) SignIssue(ctx context.Context, id int64, note string, day Date, signer string) error {
	signer = strings.TrimSpace(signer)
	return a.tx(ctx, func(tx *sql.Tx) error {
		if err := a.stepIssueTx(ctx, tx, id, ActionSign, note, day, &signer); err != nil {
			return fmt.Errorf("%s issue %d: %w", ActionSign, id, err)
		}
		return nil
	})
}

// setSignerTx writes the 签发人 of issue id, when one is given.
func setSignerTx(ctx context.Context, tx *sql.Tx, id int64, signer *string) error {
	if signer == nil {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE issues SET signer = ? WHERE id = ?`, *signer, id); err != nil {
		return fmt.Errorf("set the 签发人: %w", err)
	}
	return nil
}

// ProposedSigner is the 签发人 the 签发 of issue id proposes: the one the
// issue has already (typed in 组版, or its bulletin's default), else the
// 签发人 of the last signed issue — of the same bulletin first — else "".
func (a *Archive) ProposedSigner(ctx context.Context, id int64) (string, error) {
	var name string
	err := a.read(ctx, func(tx *sql.Tx) error {
		var bulletin int64
		err := tx.QueryRowContext(ctx, `SELECT signer, bulletin_id FROM issues WHERE id = ?`, id).Scan(&name, &bulletin)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("issue %d: %w", id, ErrNotFound)
		}
		if err != nil || strings.TrimSpace(name) != "" {
			return err
		}
		err = tx.QueryRowContext(ctx, `SELECT signer FROM issues WHERE status = 'signed' AND signer <> '' AND id <> ?
			ORDER BY CASE WHEN bulletin_id = ? THEN 0 ELSE 1 END, stage_at DESC, date DESC, id DESC LIMIT 1`, id, bulletin).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	})
	if err != nil {
		return "", fmt.Errorf("propose the 签发人: %w", err)
	}
	return strings.TrimSpace(name), nil
}

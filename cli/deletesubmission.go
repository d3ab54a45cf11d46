package cli

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/bulletindesk/bulletindesk/editor"
)

// deleteSubmissionUsage is the delete-submission command's synopsis and what it does (help).
const deleteSubmissionUsage = `delete-submission [--db FILE] ID
        delete one 来稿 (its id is in the import output, 来稿#ID); refused when an item uses it or it has 上级采用/批示`

// runDeleteSubmission deletes a submission in one transaction: the way out
// when a 来稿 cannot be dealt with in the window.
func runDeleteSubmission(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) != 1 {
		return env.UsageError("want one submission ID")
	}
	id, err := strconv.ParseInt(rest[0], 10, 64)
	if err != nil || id <= 0 {
		return env.UsageError("submission ID %q is not a number (see 来稿#ID in the import output)", rest[0])
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	sub, err := ar.Submission(ctx, id)
	if err != nil {
		return env.Fail("%s: 来稿#%d: %v", ar.Path(), id, err)
	}
	err = ar.DeleteSubmission(ctx, id)
	if errors.Is(err, editor.ErrInUse) {
		return env.Fail("%s: 来稿#%d is used by an item or has 上级采用/批示 recorded; remove those first", ar.Path(), id)
	} else if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	fmt.Fprintf(env.Stdout, "deleted 来稿#%d  %s\n", id, cliQuote(sub.Title))
	return exitOK
}

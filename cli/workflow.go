package cli

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
)

// issueUsage is the issue command's synopsis and what it does (help).
const issueUsage = `issue send|review|sign|return|reopen|show [--db FILE] [--note TEXT] [--date YYYY-MM-DD] [--signer NAME] ID
        take an issue one step through its review — 送审, 审核通过 (--note: the opinion), 签发 (--date: the
        签发 day, today when left out; it becomes the issue's date; --signer: the masthead's 签发人, when
        left out the issue's own or the last signed issue's, "" for none), 退回 to 草稿 (--note: why),
        重新打开 a signed issue — or show who did what and when`

// issueActions are the steps by the words the command line takes.
var issueActions = map[string]editor.IssueAction{
	"send": editor.ActionSend, "review": editor.ActionReview, "sign": editor.ActionSign,
	"return": editor.ActionReturn, "reopen": editor.ActionReopen,
}

// runIssue takes an issue one step through its review with the same
// function the 组版 buttons call (Archive.StepIssue), or prints the record.
func runIssue(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	note := fs.String("note", "", "the opinion or the reason for sending back")
	date := fs.String("date", "", "the 签发 day (sign only)")
	signer := fs.String("signer", "", "the masthead's 签发人 (sign only)")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) != 2 {
		return env.UsageError("want a step (send, review, sign, return, reopen, show) and an issue ID")
	}
	act, known := issueActions[rest[0]]
	if !known && rest[0] != "show" {
		return env.UsageError("unknown step %q", rest[0])
	}
	id, err := strconv.ParseInt(rest[1], 10, 64)
	if err != nil || id <= 0 {
		return env.UsageError("issue ID %q is not a number (see bulletindesk issues)", rest[1])
	}
	signerSet := flagSet(fs, "signer")
	if signerSet && act != editor.ActionSign {
		return env.UsageError("--signer is the masthead's 签发人: only for sign")
	}
	var day editor.Date // zero: DefaultSignDay, once the issue is read
	if *date != "" {
		if act != editor.ActionSign {
			return env.UsageError("--date is the 签发 day: only for sign")
		}
		if day, err = cliParseDate("--date", *date); err != nil {
			return env.UsageError("%v", err)
		}
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	if known {
		var warnings []string
		if act == editor.ActionSign {
			if day, warnings, err = cliSignDay(ctx, ar, id, day); err != nil {
				return env.Fail("%s: %s", ar.Path(), cliStepError(ctx, ar, id, act, err))
			}
		}
		if err := cliStep(ctx, ar, id, act, *note, day, signer, signerSet); err != nil {
			return env.Fail("%s: %s", ar.Path(), cliStepError(ctx, ar, id, act, err))
		}
		for _, w := range warnings {
			fmt.Fprintln(env.Stderr, "bulletindesk: "+w)
		}
	}
	return cliPrintReview(ctx, env, ar, id)
}

// cliStepError says why a step was refused in the words of the review.
func cliStepError(ctx context.Context, ar *editor.Archive, id int64, act editor.IssueAction, err error) string {
	if msg, ok := cliRefusal(err); ok {
		return msg
	}
	if errors.Is(err, editor.ErrWrongStage) {
		if is, e := ar.Issue(ctx, id); e == nil {
			return cliWrongStage(act, is.Status)
		}
	}
	return err.Error()
}

// cliPrintReview prints the issue's status and every step on record.
func cliPrintReview(ctx context.Context, env *Env, ar *editor.Archive, id int64) int {
	is, err := ar.Issue(ctx, id)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	events, err := ar.IssueEvents(ctx, id)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	fmt.Fprintf(env.Stdout, "%s %s %s  %s\n", is.BulletinName, editor.IssueNumberText(is.Number, is.TotalNumber),
		cliIssueDate(is.Date), cliStatus(is.Status))
	if is.Marks.Signer != "" {
		fmt.Fprintln(env.Stdout, "  签发人："+is.Marks.Signer)
	}
	for _, e := range events {
		line := fmt.Sprintf("  %s  %s  %s", cliStamp(e.At), cliActionName(e.Action), cliActor(e.Actor))
		if e.Note != "" {
			line += "  " + strings.ReplaceAll(e.Note, "\n", " ")
		}
		fmt.Fprintln(env.Stdout, line)
	}
	return exitOK
}

func cliStamp(t time.Time) string {
	if t.IsZero() {
		return "时间不详"
	}
	return t.Local().Format("2006-01-02 15:04")
}

func cliActor(s string) string {
	if s == "" {
		return "（不详）"
	}
	return s
}

// cliActionName is a step's name as the office says it.
func cliActionName(a editor.IssueAction) string {
	return map[editor.IssueAction]string{editor.ActionSend: "送审", editor.ActionReview: "审核通过",
		editor.ActionSign: "签发", editor.ActionReturn: "退回", editor.ActionReopen: "重新打开"}[a]
}

package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/bulletindesk/bulletindesk/editor"
)

// demoUsage is the demo command's synopsis and what it does (help).
const demoUsage = `demo [--db FILE] [--years N] [--seed N]
        fill an empty archive with generated but realistic data (units, submissions, issues) for trying the app and for benchmarks`

func runDemo(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	years := fs.Int("years", 10, "years of work to generate, ending this year")
	seed := fs.Int64("seed", 1, "the same seed gives the same archive")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	if *years < 1 || *years > 50 {
		return env.UsageError("--years %d: want 1 to 50", *years)
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	sum, err := ar.FillDemo(ctx, *years, *seed)
	if errors.Is(err, editor.ErrNotEmpty) {
		return env.Fail("%s: %v; use a new file: bulletindesk demo --db demo.db", ar.Path(), err)
	}
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	fmt.Fprintf(env.Stdout, "%s: %d units, %d submissions, %d issues, %d items, %d upstream adoptions, %d 批示, %s to %s (%.1fs)\n",
		ar.Path(), sum.Units, sum.Submissions, sum.Issues, sum.Items, sum.UpstreamAdoptions, sum.Instructions,
		sum.From.Format(editor.DateLayout), sum.To.Format(editor.DateLayout), sum.Elapsed.Seconds())
	return exitOK
}

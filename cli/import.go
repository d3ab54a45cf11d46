package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// importUsage is the import command's synopsis and what it does (help).
const importUsage = `import [--db FILE] [--unit NAME] [--kind KIND] FILE|FOLDER...
        add submissions from text (and Word) files, a folder's with its subfolders; one line per file; a bad file is reported and the others are saved`

func runImport(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	unit := fs.String("unit", "", "the unit that sent the files (default: recognised from each text)")
	kind := fs.String("kind", "", "kind of submission: "+strings.Join(editor.DefaultKinds, ", ")+" (default 信息)")
	files, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(files) == 0 {
		return env.UsageError("no FILE to import")
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	var u editor.Unit
	if *unit != "" {
		if u, err = cliFindUnit(ctx, ar, *unit); err != nil {
			return env.Fail("%s: %v", ar.Path(), err)
		}
	}
	subs, names, tried := cliReadSubmissions(ctx, env, files)
	undated := make([]bool, len(subs)) // the archive dates them today: said on their line
	for i, s := range subs {
		if u.ID != 0 { // else the unit the reader took (a 落款, a signature) or the text's bracket
			s.UnitID, s.UnitName = u.ID, u.Name
		}
		s.Kind = *kind
		undated[i] = s.Received.IsZero()
	}
	if len(subs) > 0 {
		if err := ar.AddSubmissions(ctx, subs); err != nil {
			if msg, ok := cliRefusal(err); ok {
				return env.Fail("%s: %s", ar.Path(), msg)
			}
			return env.Fail("%s: nothing saved: %v", ar.Path(), err)
		}
	}
	cliPrintSubmissions(ctx, env, ar, subs, names, undated, u.ID == 0)
	if len(subs) < tried {
		return exitFail
	}
	return exitOK
}

// cliPrintSubmissions writes each saved file's line; recognised (no
// --unit) adds the unit a file's name names when its text credits another
// (review F32: the file name's unit had won silently; now the text's wins
// and both are said).
func cliPrintSubmissions(ctx context.Context, env *Env, ar *editor.Archive, subs []*editor.Submission, names []string, undated []bool, recognised bool) {
	var m *editor.UnitMatcher
	if units, err := ar.Units(ctx); err == nil && recognised {
		m = editor.NewUnitMatcher(units)
	}
	for i, s := range subs {
		line := cliSubmissionLine(names[i], s, undated[i])
		if m != nil {
			if f := editor.SubmissionFileUnit(m, s); f != "" {
				line += "  文件名指向：" + f + "（按正文署名计）"
			}
		}
		fmt.Fprintln(env.Stdout, line)
	}
}

// cliReadSubmissions reads each file, and each folder's files as the
// window's 导入文件夹 does (the .doc and .wps ones with one LibreOffice
// run), reporting a bad one on stderr and going on; it returns the good
// ones and their file names, in the order given (the paths that cannot be
// read said first), and how many were tried.
func cliReadSubmissions(ctx context.Context, env *Env, paths []string) (subs []*editor.Submission, names []string, tried int) {
	files, bad := intake.SubmissionPaths(paths)
	for _, f := range append(bad, cliReadFiles(ctx, files)...) {
		if f.Err != nil {
			// readers name the file themselves for an unknown type or a limit
			msg := strings.TrimPrefix(cliFileError(f.Err).Error(), filepath.Base(f.Name)+": ")
			env.Fail("%s: %s", cliQuote(f.Name), msg)
			continue
		}
		subs, names = append(subs, f.Sub), append(names, f.Name)
	}
	return subs, names, len(files) + len(bad)
}

// cliReadFiles is export.ReadSubmissionFiles over every core: the files
// LibreOffice converts go to one call (one LibreOffice run), the others
// are shared among goroutines, a stretch each. Reading and decoding 1,000
// .txt files was a third of an import's time, on one core.
func cliReadFiles(ctx context.Context, files []string) []intake.SubmissionFile {
	out := make([]intake.SubmissionFile, len(files))
	var office, plain []int
	for i, f := range files {
		switch strings.ToLower(filepath.Ext(f)) {
		case ".doc", ".wps", ".rtf":
			office = append(office, i)
		default:
			plain = append(plain, i)
		}
	}
	var wg sync.WaitGroup
	read := func(at []int) {
		names := make([]string, len(at))
		for k, i := range at {
			names[k] = files[i]
		}
		for k, f := range intake.ReadSubmissionFiles(ctx, names) {
			out[at[k]] = f
		}
	}
	if len(office) > 0 {
		wg.Go(func() { read(office) })
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, len(plain)/16))
	for k := range workers {
		wg.Go(func() { read(plain[k*len(plain)/workers : (k+1)*len(plain)/workers]) })
	}
	wg.Wait()
	return out
}

// cliSubmissionLine: "FILE  来稿#ID  unit  字数  title [duplicate] [undated]
// [发件人：… 发送时间：… 主题：… 签名：… 报送函：… 落款：…]".
// A file without a date is received today, which is right for a new 来稿
// (收稿日期 is the day it came in) but is said, not done silently.
func cliSubmissionLine(name string, s *editor.Submission, undated bool) string {
	unit := s.UnitName
	if unit == "" {
		unit = "（单位未识别）"
	}
	line := fmt.Sprintf("%s  来稿#%d  %s  %d字  %s", cliQuote(name), s.ID, unit, s.Words, cliQuote(s.Title))
	if s.DuplicateOf != 0 {
		line += fmt.Sprintf("  （与来稿#%d重复）", s.DuplicateOf)
	}
	if undated {
		line += "  收稿日期 = 今天，文件中无日期"
	}
	for _, n := range s.Intake { // what the header, letter or signature gave
		line += "  " + n.Label + "：" + cliQuote(n.Value)
	}
	for _, c := range s.Checks { // what the reader left out or doubts
		line += "  " + c.String()
	}
	return line
}

// cliFindUnit finds --unit by name, short name or alias.
func cliFindUnit(ctx context.Context, ar *editor.Archive, name string) (editor.Unit, error) {
	units, err := ar.Units(ctx)
	if err != nil {
		return editor.Unit{}, err
	}
	for _, u := range units {
		if u.Name == name || u.ShortName == name {
			return u, nil
		}
		for _, a := range u.Aliases {
			if a == name {
				return u, nil
			}
		}
	}
	if m := editor.NewUnitMatcher(units).Match(name); len(m) == 1 {
		return m[0], nil
	}
	return editor.Unit{}, fmt.Errorf("no unit named %q (the units are listed in the app under 报送单位)", name)
}

package app

import (
	"context"
	"fmt"
	"io/fs"
	"log"
	"path"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/resources"
)

// Where the example lives inside resources.Example.
const (
	exampleIssue       = "example/issue.txt"
	exampleSubmissions = "example/submissions"
)

// offerExampleIfEmpty greets a newcomer whose archive is empty and offers
// to load the example bulletin, once.
func (u *ui) offerExampleIfEmpty() {
	if _, err := u.ar.Setting(u.ctx(), settingExampleOffered); err == nil || !u.archiveIsEmpty() {
		return
	}
	if _, err := fs.Stat(resources.Example, exampleIssue); err != nil {
		return // this build carries no example
	}
	msg := lang.L("档案还是空的。要载入一期示例简报和几篇示例来稿吗？\n载入后可以随时删除，也可以直接从空白开始。")
	var restore func()
	d := dialog.NewConfirm(lang.L("欢迎使用简报编辑台"), msg, func(yes bool) {
		restore()
		if err := u.ar.SetSetting(u.ctx(), settingExampleOffered, "yes"); err != nil {
			log.Printf("remember the example was offered: %v", err)
		}
		if yes {
			u.onLoadExample()
			return
		}
		u.onBlankStart()
	}, u.win)
	d.SetConfirmText(lang.L("载入示例"))
	d.SetDismissText(lang.L("从空白开始"))
	d.Show()
	restore = u.confirmKeys(d, true) // Enter: the example
}

// onBlankStart opens 设置 and says what to fill in first: a new editor's
// first issue had gone out with no 编辑单位 under the masthead (nothing had
// asked for it), then where 来稿 and issues begin.
func (u *ui) onBlankStart() {
	u.showKey(keySettings)
	u.info(lang.L("从空白开始"), lang.L(blankStartKey))
}

const blankStartKey = "开始前请在「设置」的「刊物」中填写刊物名称和编辑单位（印在报头下方，如：中共××市委组织部编），以及默认栏目和报送范围。\n然后：\n1. 在「来稿」粘贴（Ctrl+Shift+V）或打开（Ctrl+O）各单位的来稿；\n2. 在「组版」新建一期（Ctrl+Shift+N），从来稿采用；\n3. 送审、签发后用「导出本期……」（Ctrl+E）导出。\n统计已预设报送任务（县区每季度10篇、市直每季度3篇），从第一篇来稿所在的季度算起，可在「统计」的「计分办法」中修改或清空。"

// archiveIsEmpty: no issue and no submission yet.
func (u *ui) archiveIsEmpty() bool {
	issues, err := u.ar.Issues(u.ctx(), editor.IssueFilter{})
	if err != nil || len(issues) > 0 {
		return false
	}
	n, err := u.ar.CountSubmissions(u.ctx(), editor.SubmissionFilter{})
	return err == nil && n == 0
}

// onLoadExample loads the example and opens its issue.
func (u *ui) onLoadExample() {
	var issueID int64
	u.run(lang.L("载入示例"), func(ctx context.Context, progress func(done, total int)) error {
		id, err := loadExample(ctx, u.ar)
		issueID = id
		return err
	}, func() {
		u.onIssuesChanged()
		u.onSubmissionsChanged()
		if issueID != 0 {
			u.openIssue(issueID)
			u.info(lang.L("示例已载入"), exampleNextSteps())
		}
	})
}

// exampleNextSteps tells a newcomer what to try once the example is in.
func exampleNextSteps() string {
	return lang.L(exampleNextStepsKey)
}

// exampleNextStepsKey is one literal so the translation check finds it.
const exampleNextStepsKey = "「组版」里是示例的一期简报：左边编辑，右边的预览就是导出的文字。可以试试：\n1. 点「来稿」，选一篇示例来稿，点「采用到当前期」，它就成为本期的一条；\n2. 在「组版」改动导语或正文，预览随之更新，改动自动保存；\n3. 用「文件」菜单的「导出本期……」（Ctrl+E）导出 Word 或文字稿；\n4. 自己的来稿用「粘贴为新来稿」（Ctrl+Shift+V）或「打开文件」添加。\n示例是草稿，不需要时在「档案」里删除。"

// loadExample imports the example issue and submissions; it returns the
// new issue's id.
func loadExample(ctx context.Context, ar *editor.Archive) (int64, error) {
	f, err := resources.Example.Open(exampleIssue)
	if err != nil {
		return 0, fmt.Errorf("example issue: %w", err)
	}
	is, err := intake.ReadIssue(f)
	f.Close()
	if err != nil {
		return 0, fmt.Errorf("example issue: %w", err)
	}
	// dated today, like its submissions: a newcomer's first issue dated
	// 2025年5月20日 beside today's submissions looked like a mistake
	is.Date = today()
	is.Year = is.Date.Year()
	subs, err := exampleSubs()
	if err != nil {
		return 0, err
	}
	if err := ar.ImportIssueWithSubmissions(ctx, is, subs); err != nil {
		return 0, fmt.Errorf("load the example: %w", err)
	}
	return is.ID, nil
}

// exampleSubs reads the example submissions (none is fine).
func exampleSubs() ([]*editor.Submission, error) {
	names, _ := fs.Glob(resources.Example, path.Join(exampleSubmissions, "*.txt"))
	var subs []*editor.Submission
	for _, n := range names {
		f, err := resources.Example.Open(n)
		if err != nil {
			return nil, err
		}
		sub, err := intake.ReadSubmission(path.Base(n), f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("example submission %s: %w", path.Base(n), err)
		}
		newPendingSubmission(sub)
		subs = append(subs, sub)
	}
	return subs, nil
}

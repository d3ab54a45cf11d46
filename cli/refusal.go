package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The command line speaks English (README: one line naming the file and
// the problem), but a refusal by role is said in Chinese: its words are the
// review's own (审核, 签发, 管理员), the people reading it are the office's
// editors, and what to do about it is a 管理员's step in the app. The
// command line has no translation catalogue of its own (the app's lives in
// app/, which the command line does not import), so these few sentences
// are written here, once each, without the server's English behind them.

// cliRefusal is err said for a user when it is a refusal by role, a new
// unit the server would not add, or a step at the wrong stage; ok false
// for any other error.
func cliRefusal(err error) (msg string, ok bool) {
	var re *editor.RoleError
	var ue *editor.NewUnitError
	switch {
	case errors.As(err, &re):
		return cliRoleRefusal(re), true
	case errors.As(err, &ue) && errors.Is(err, editor.ErrDenied):
		where := ""
		if ue.Source != "" {
			where = ue.Source + "："
		}
		return fmt.Sprintf("%s新单位“%s”未能加入档案：你的角色不允许（请管理员在“单位”中先添加它，再导入）；什么也没有保存", where, ue.Unit), true
	case errors.Is(err, editor.ErrDenied):
		return "你的角色不允许这项更改（请管理员在“用户”中授予所需角色）", true
	}
	return "", false
}

// cliRoleRefusal: 「审核需要“审核”角色，zhangmin 没有（请管理员在“用户”中授予）」.
func cliRoleRefusal(re *editor.RoleError) string {
	var need []string
	for _, r := range re.Need {
		need = append(need, "“"+cliRoleName(r)+"”")
	}
	what := cliStepWords[re.What]
	if what == "" {
		what = re.What
	}
	return fmt.Sprintf("%s需要%s角色，%s 没有（请管理员在“用户”中授予）", what, strings.Join(need, "或"), re.Login)
}

// cliStepWords are the steps and changes a role decides, in the review's words.
var cliStepWords = map[string]string{
	string(editor.ActionSend): "送审", string(editor.ActionReview): "审核", string(editor.ActionSign): "签发",
	string(editor.ActionReturn): "退回", string(editor.ActionReopen): "重新打开", "roles": "更改角色",
}

// cliStageHints say where an issue must be for each step.
var cliStageHints = map[editor.IssueAction]string{
	editor.ActionSend:   "送审的是草稿",
	editor.ActionReview: "审核的是已送审的一期",
	editor.ActionSign:   "签发的是已审核的一期",
	editor.ActionReturn: "退回的是送审或已审核的一期",
	editor.ActionReopen: "重新打开的是已签发的一期",
}

// cliWrongStage: 「不能签发：这一期现在是“草稿”（签发的是已审核的一期）」.
func cliWrongStage(act editor.IssueAction, now editor.IssueStatus) string {
	return fmt.Sprintf("不能%s：这一期现在是“%s”（%s）", cliStepWords[string(act)], cliStatus(now), cliStageHints[act])
}

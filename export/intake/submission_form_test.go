package intake

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// TestReadSubmissionForm (reviewer F29): the usual form header over a
// 来稿 — 报送单位/撰稿人/联系电话/标题 lines — gives the unit, the contact
// and the title without its label; none of its lines is glued to another
// or stays in the text.
func TestReadSubmissionForm(t *testing.T) {
	const body = "　　石岭镇推行“红色代办”服务，组建代办员队伍63人，为群众代办事项1,240件。\n　　代办事项按月公示，群众满意率98.6%。\n"
	const text = "石岭镇推行“红色代办”服务，组建代办员队伍63人，为群众代办事项1,240件。\n代办事项按月公示，群众满意率98.6%。"
	tests := []struct {
		name, in                       string
		title, text, contact, received string
	}{
		{"the usual four lines",
			"报送单位：石岭镇党委\n撰稿人：周明远\n联系电话：13900002468\n标题：石岭镇“红色代办”跑出便民加速度\n\n" + body,
			"石岭镇“红色代办”跑出便民加速度", text + " @石岭镇党委", "撰稿人：周明远；联系电话：13900002468", "none"},
		{"half-width colons, spaced labels, a date, the title first",
			"标  题: 石岭镇“红色代办”跑出便民加速度\n报送单位: 石岭镇党委\n报送日期：2026年11月18日\n" + body,
			"石岭镇“红色代办”跑出便民加速度", text + " @石岭镇党委", "", "2026-11-18"},
		{"a 标题： line alone",
			"标题：石岭镇“红色代办”跑出便民加速度\n\n" + body,
			"石岭镇“红色代办”跑出便民加速度", text, "", "none"},
		{"the form's contact and the closing contact lines both kept",
			"撰稿人：周明远\n标题：石岭镇“红色代办”跑出便民加速度\n" + body + "联系电话：0571-86001234\n",
			"石岭镇“红色代办”跑出便民加速度", text, "撰稿人：周明远；联系电话：0571-86001234", "none"},
		{"a single 报送单位： line is still the cover line",
			"报送单位：石岭镇党委\n石岭镇“红色代办”跑出便民加速度\n" + body,
			"石岭镇“红色代办”跑出便民加速度", text + " @石岭镇党委", "", "none"},
		{"labelled lines inside the article are text",
			"石岭镇开展主题党日\n　　石岭镇开展主题党日活动。\n时间：3月5日\n地点：镇党群服务中心\n",
			"石岭镇开展主题党日", "石岭镇开展主题党日活动。\n时间：3月5日\n地点：镇党群服务中心", "", "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, err := ReadTextSubmission("来稿.txt", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			received := "none"
			if !sub.Received.IsZero() {
				received = sub.Received.Format(editor.DateLayout)
			}
			got := []string{sub.Title, sub.Text + creditMark(sub), sub.Contact, received}
			want := []string{tt.title, tt.text, tt.contact, tt.received}
			if strings.Join(got, " ‖ ") != strings.Join(want, " ‖ ") {
				t.Errorf("got\n%q\nwant\n%q", got, want)
			}
		})
	}
}

// creditMark is " @unit" for the unit a reader credits (UnitName), "" when none.
func creditMark(sub *editor.Submission) string {
	if sub.UnitName == "" {
		return ""
	}
	return " @" + sub.UnitName
}

// TestDocxSubmissionForm: the same form header in a Word 来稿 (the office's
// template), its lines one paragraph each.
func TestDocxSubmissionForm(t *testing.T) {
	body := exporttest.DocxP("报送单位：石岭镇党委") + exporttest.DocxP("撰稿人：周明远") + exporttest.DocxP("联系电话：13900002468") +
		exporttest.DocxP("标题：石岭镇“红色代办”跑出便民加速度") + exporttest.DocxP("石岭镇推行“红色代办”服务，为群众代办事项1,240件。")
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body)})
	got := []string{sub.Title, sub.Text + creditMark(sub), sub.Contact, sub.Cover}
	want := []string{"石岭镇“红色代办”跑出便民加速度", "石岭镇推行“红色代办”服务，为群众代办事项1,240件。 @石岭镇党委", "撰稿人：周明远；联系电话：13900002468", "石岭镇党委"}
	if strings.Join(got, " ‖ ") != strings.Join(want, " ‖ ") {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

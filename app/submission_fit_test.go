package app

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// longTitle is a real-shaped headline of 46 characters.
const longTitle = "临江区以组织振兴引领乡村全面振兴着力构建党建引领基层治理新格局推动各项工作取得扎实成效再上新"

// TestSelectingLongDuplicateKeepsWindowWidth: selecting a duplicate with a
// 46-character title once forced the window to 2,321 px on a 1,920 px
// screen, and any submission pushed a 1,024 px window to 1,056 px.
func TestSelectingLongDuplicateKeepsWindowWidth(t *testing.T) {
	if n := len([]rune(longTitle)); n != 46 {
		t.Fatalf("fixture title has %d characters, want 46", n)
	}
	text := "今年以来，临江区选派驻村第一书记42名，整合涉农资金1.2亿元，建成村级党群服务中心36个，村级集体经济收入全部超过10万元。"
	for _, width := range []float32{1024, 1920} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			u, ar := newDeskTestUI(t)
			addTestSubmissions(t, ar,
				&editor.Submission{Title: longTitle, Text: text, Received: today(), Kind: "信息", Status: editor.SubmissionPending, Source: "临江区委组织部关于乡村振兴工作情况的报告（第二稿，请审阅后报送）.docx"},
				&editor.Submission{Title: longTitle, Text: text, Received: today(), Kind: "信息", Status: editor.SubmissionPending})
			u.subs.reload()
			u.win.Resize(fyne.NewSize(width, 700))
			subs := allSubmissions(t, ar)
			dup := subs[1]
			if dup.DuplicateOf == 0 {
				t.Fatalf("second submission not flagged as duplicate")
			}
			u.subs.selectSubmission(dup.ID)
			screen := u.subs.split.MinSize().Width
			if screen > 1024-120 {
				t.Errorf("来稿 screen needs %.0f px with the duplicate selected; want it to fit a 1,024 px window beside the navigation", screen)
			}
			if got := u.win.Content().MinSize().Width; got > width {
				t.Errorf("window content needs %.0f px, more than the %.0f px window", got, width)
			}
		})
	}
}

// TestTitleColumnTakesTheFreeWidth: 标题 was 216 px and cut at 1,920 px
// while the table had room, and the columns were clipped at 1,024 px.
func TestTitleColumnTakesTheFreeWidth(t *testing.T) {
	for _, tc := range []struct {
		window  float32
		atLeast float32
	}{{1024, subTitleMinWidth}, {1280, 180}, {1920, 480}} {
		t.Run(fmt.Sprint(tc.window), func(t *testing.T) {
			u, _ := newDeskTestUI(t)
			u.win.Resize(fyne.NewSize(tc.window, 700))
			got := u.subs.columns.last
			if got < tc.atLeast {
				t.Errorf("标题 column is %.0f px in a %.0f px window, want at least %.0f", got, tc.window, tc.atLeast)
			}
			used := float32(0)
			for i, w := range u.subs.columns.widths {
				if i != subTitleColumn {
					used += w
				}
			}
			if table := u.subs.table.Size().Width; used+got > table {
				t.Errorf("columns need %.0f px in a %.0f px table: the last ones are clipped", used+got, table)
			}
			// the longest date, bold as in the selected row, was cut at 118 px
			date := fyne.MeasureText("2026年12月31日", theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 2*theme.InnerPadding()
			if w := u.subs.columns.widths[1]; w < date {
				t.Errorf("收稿日期 is %.0f px, 「2026年12月31日」 in bold needs %.0f", w, date)
			}
		})
	}
}

// A duplicate is marked in its title now that the 重复 column is gone.
func TestDuplicateMarkedInTitle(t *testing.T) {
	u, ar := newDeskTestUI(t)
	text := "今年以来，临江区建成村级党群服务中心36个。"
	addTestSubmissions(t, ar,
		&editor.Submission{Title: "临江区建强村级阵地", Text: text, Received: today(), Kind: "信息", Status: editor.SubmissionPending},
		&editor.Submission{Title: "临江区建强村级阵地", Text: text, Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	u.subs.reload()
	var titles []string
	for row := range 2 {
		cell := newSubmissionCell()
		u.subs.updateCell(widget.TableCellID{Row: row, Col: subTitleColumn}, cell)
		titles = append(titles, cell.(*fyne.Container).Objects[0].(*widget.Label).Text)
	}
	if titles[0] != "重复·临江区建强村级阵地" || titles[1] != "临江区建强村级阵地" {
		t.Errorf("titles %q, want the newer one marked 重复·", titles)
	}
}

// TestFiveCharacterUnitShown: 「松岭镇党委」 and 「市委网信办」 were cut to
// 「松岭镇…」 in the 单位 column at 1,280 px (80 px wide), and the other
// columns must still fit the table at 1,024 px.
func TestFiveCharacterUnitShown(t *testing.T) {
	for _, width := range []float32{1024, 1280, 1920} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			u, ar := newDeskTestUI(t)
			unit := editor.Unit{Name: "松岭镇党委", Group: "市直", Active: true}
			if err := ar.SaveUnit(context.Background(), &unit); err != nil {
				t.Fatal(err)
			}
			addTestSubmissions(t, ar, &editor.Submission{Title: "松岭镇推行院落议事会", Text: "松岭镇党委在全镇14个村推行院落议事会。",
				Received: today(), Kind: "信息", Status: editor.SubmissionPending, UnitID: unit.ID, UnitName: unit.Name})
			u.subs.reload()
			u.win.Resize(fyne.NewSize(width, 700))
			var cell *widget.Label
			bWalk(u.subs.table, func(o fyne.CanvasObject) bool {
				cell, _ = o.(*widget.Label)
				return cell != nil && cell.Text == "松岭镇党委"
			})
			if cell == nil || cell.Text != "松岭镇党委" {
				t.Fatal("no 单位 cell shows 松岭镇党委")
			}
			need := fyne.MeasureText(cell.Text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 2*theme.InnerPadding()
			if got := cell.Size().Width; got < need {
				t.Errorf("the 单位 cell is %.0f px, 「松岭镇党委」 in bold (the selected row) needs %.0f", got, need)
			}
			used := u.subs.columns.last
			for i, w := range u.subs.columns.widths {
				if i != subTitleColumn {
					used += w
				}
			}
			if table := u.subs.table.Size().Width; used > table {
				t.Errorf("columns need %.0f px in a %.0f px table: the last ones are clipped", used, table)
			}
		})
	}
}

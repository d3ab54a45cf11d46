package exporttest

import (
	"github.com/bulletindesk/bulletindesk/editor"
	"time"
) // textTestIssue is an invented issue of an invented city, the shape of a
// real one: masthead, two sections, a multi-paragraph item, a 综合 item
// crediting two units, a 市外 item without attribution, the footer.
func TextTestIssue() *editor.Issue {
	item := func(lead, body, attr string) editor.Item {
		return editor.Item{Lead: lead, Body: body, Attribution: attr,
			Words: editor.CountWords(lead) + editor.CountWords(body) + editor.CountWords(attr)}
	}
	is := &editor.Issue{
		BulletinName: "组工信息",
		EditingUnit:  "中共江州市委组织部",
		Year:         2023,
		Number:       9,
		TotalNumber:  412,
		Date:         time.Date(2023, 4, 18, 0, 0, 0, 0, time.UTC),
		CopyCount:    120,
		Sections: []editor.Section{
			{Name: "市内信息", Items: []editor.Item{
				item("青阳县推行“村事夜议”破解基层治理难题。",
					"青阳县在全县128个行政村推行“村事夜议”制度，每月固定两个晚上召开村民议事会，围绕土地流转、道路养护等事项集中议事，今年以来共议定事项460余件。\n"+
						"建立议事清单。村党组织书记牵头梳理议题，议前公示、议中表决、议后公开，确保群众看得见、说得上。\n"+
						"强化结果运用。对议定事项实行“红黄绿”三色销号管理，办结率达96.5%。",
					"江州市青阳县委组织部"),
				item("石门区“双向积分”激活社区党员作用。",
					"石门区在32个城市社区推行在职党员“双向积分”管理，社区与党员所在单位互评互认，累计认领服务项目1700余个。",
					"江州市石门区委组织部"),
				item("江州市开展年轻干部“墩苗”行动。",
					"\n全市分两批选派215名年轻干部到乡镇、信访窗口和项目一线实践锻炼，期满考核优秀的优先提拔使用。",
					"江州市委组织部干部一科、江州市委党校"),
			}},
			{Name: "市外参考", Items: []editor.Item{
				item("北湖市：以“数字档案”提升干部监督精准度。",
					"北湖市整合干部人事档案、个人有关事项报告等8类数据，建成干部监督信息平台，实现预警信息自动推送。", ""),
			}},
		},
		Distribution: []editor.DistributionLine{
			{Label: "报", Text: "省委组织部，市委领导。"},
			{Label: "送", Text: "各县（区）委书记、组织部长，市直各单位主要负责同志。"},
			{Label: "发", Text: "各县（区）委组织部，本部各科室。"},
		},
	}
	for i := range is.Sections {
		is.Sections[i].Position = i
		for j := range is.Sections[i].Items {
			is.Sections[i].Items[j].Position = j
		}
	}
	return is
}

// marksTestIssue is the fixture issue with every 版头/版记 mark set.
func MarksTestIssue() *editor.Issue {
	is := TextTestIssue()
	is.Marks = editor.IssueMarks{Classification: "秘密", SecrecyTerm: "1年", Internal: true, CopyNumber: "000012",
		Signer: "王明", Contents: true, Printer: "中共江州市委组织部办公室",
		PrintedDate: time.Date(2023, 4, 19, 0, 0, 0, 0, time.UTC)}
	is.EditorNote = "本期集中刊发基层治理的做法。\n请各地结合实际参考。"
	is.Sections[0].Items[1].EditorNote = "积分互认的办法值得推广。"
	return is
}

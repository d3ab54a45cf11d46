package exporttest

import (
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
)

// docxTestIssue is an invented issue of a fictional city's bulletin: two
// sections, items of one and of several paragraphs, a 综合 item crediting
// three units, one item without attribution, and the footer with a copy count.
func DocxTestIssue() *editor.Issue {
	return &editor.Issue{
		BulletinName: "组工信息",
		EditingUnit:  "中共临江市委组织部",
		Year:         2022, Number: 12, TotalNumber: 345,
		Date:      time.Date(2022, 6, 15, 0, 0, 0, 0, time.UTC),
		CopyCount: 60,
		Sections: []editor.Section{
			{Name: "市内信息", Items: []editor.Item{
				{
					Lead: "青山县推行“板凳议事会”打通联系群众最后一米。",
					Body: "青山县在全县186个村（社区）推行“板凳议事会”，由村党组织书记牵头，每月在村民房前屋后召开，面对面听取群众意见建议。今年以来，共召开议事会1240场，收集意见建议3100余条，现场解决2650条，群众满意率达96.5%。" +
						"\n建立“议、办、评”闭环机制。议事结果张榜公示，交办事项明确责任人和办结时限，办理情况由群众代表评议打分，评议结果纳入村干部年度考核。",
					Attribution: "青山县委组织部",
				},
				{
					Lead:        "白沙区实施“新锐计划”锻造年轻干部队伍。",
					Body:        "白沙区从区直单位和乡镇（街道）遴选45名35岁以下优秀年轻干部，安排到征地拆迁、信访维稳、项目建设等一线岗位实践锻炼，实行“一人一档”跟踪管理，每季度开展一次综合研判，对表现突出的及时提拔使用，目前已有9人走上科级领导岗位。",
					Attribution: "白沙区委组织部",
				},
				{
					Lead:        "我市各地扎实开展“党员进社区”活动。",
					Body:        "青山县组织机关党员到居住地社区报到，认领服务岗位2300个；白沙区建立“双报到”积分制度，积分结果与评先评优挂钩；临江经开区组织党员志愿者参与疫情防控、环境整治等志愿服务1.2万人次。",
					Attribution: "青山县委组织部、白沙区委组织部、临江经开区党工委",
					UnitIDs:     []int64{1, 2, 3},
				},
			}},
			{Name: "市外参考", Items: []editor.Item{
				{
					Lead: "南湖市：“红色管家”破解老旧小区治理难题。",
					Body: "南湖市针对老旧小区无物业、管理散、矛盾多的问题，由社区党组织牵头组建“红色管家”服务队，吸纳在职党员、退休干部、热心居民参与，提供环境卫生、治安巡逻、矛盾调解等服务。全市已组建服务队420支，覆盖老旧小区680个。" +
						"\n同时建立“居民点单、管家接单、党组织派单”工作流程，群众反映的问题一般在48小时内得到回应。",
				},
				{
					Lead:        "东岭县：人才驿站让返乡青年留得住。",
					Body:        "东岭县在县城和重点乡镇设立人才驿站12个，为返乡创业青年提供政策咨询、创业指导、短期住宿等服务，累计服务返乡青年3800人次，帮助创办企业和合作社260家。",
					Attribution: "摘自《东岭组工》",
				},
			}},
		},
		Distribution: []editor.DistributionLine{
			{Label: "报", Text: "省委组织部，市委领导同志。"},
			{Label: "送", Text: "各县（市、区）委书记、组织部长，市直各单位党组（党委）书记，市委各部委负责同志。"},
			{Label: "发", Text: "电子版发各县（市、区）委组织部、市直机关工委。"},
		},
	}
}

package editor

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// The demo's phrase banks: generic wording of the kind such bulletins
// carry, written for this project, combined at random into texts.

type demoTheme struct {
	name    string
	objects []string
	focus   []string
}

var demoThemes = []demoTheme{
	{"基层党建", []string{"村级联合党委", "党群服务中心", "“红色网格”", "党员积分管理", "软弱涣散党组织整顿", "“党建+”模式", "两新组织党建"},
		[]string{"抓基层、打基础", "党建引领", "建强基层组织体系", "标准化规范化建设"}},
	{"乡村振兴", []string{"村集体经济", "特色产业", "驻村工作队", "“一村一品”", "乡村人才振兴", "强村富民"},
		[]string{"组织振兴引领乡村振兴", "抓党建促发展", "产业兴旺", "共同富裕"}},
	{"干部队伍建设", []string{"年轻干部", "干部实绩考核", "基层“墩苗”历练", "干部教育培训", "容错纠错机制", "担当作为"},
		[]string{"选育管用全链条", "激励干部担当作为", "锻造高素质干部队伍", "树立正确用人导向"}},
	{"人才工作", []string{"高层次人才", "“人才飞地”", "人才驿站", "返乡创业人才", "技能人才", "乡土人才"},
		[]string{"人才强市战略", "引育用留全周期服务", "人才链与产业链深度融合", "优化人才发展环境"}},
	{"党员教育管理", []string{"流动党员", "党员冬春训", "“三会一课”", "发展党员工作", "党员志愿服务", "党员先锋岗"},
		[]string{"从严教育管理党员", "发挥党员先锋模范作用", "提升党员队伍质量", "常态化长效化学习"}},
	{"基层治理", []string{"网格化管理", "矛盾纠纷化解", "小区物业党建", "“吹哨报到”机制", "村（社区）减负", "民情恳谈会"},
		[]string{"党建引领基层治理", "共建共治共享", "服务群众“最后一公里”", "治理体系和治理能力现代化"}},
}

var (
	demoVerbs    = []string{"扎实推进", "创新实施", "深化拓展", "全面加强", "聚力打造", "着力健全", "持续深化", "探索推行", "大力推动", "精心做好"}
	demoEffects  = []string{"赋能乡村振兴", "提升基层治理效能", "激发干事创业活力", "夯实执政根基", "助力高质量发展", "打通服务群众“最后一公里”", "取得积极成效", "凝聚发展合力"}
	demoOpenings = []string{"今年以来", "近年来", "%d年以来", "去年以来", "自开展专项行动以来"}
	demoLeadIns  = []string{"坚持", "围绕", "聚焦", "紧扣", "立足"}
	demoApproach = []string{"创新工作机制", "整合各方资源", "压实工作责任", "突出问题导向", "强化统筹协调", "坚持试点先行", "注重上下联动"}
	demoResults  = []string{"取得明显成效", "推动各项工作提质增效", "为高质量发展提供坚强组织保证", "群众满意度持续提升", "形成了一批可复制可推广的经验"}
	demoOrdinals = []string{"一是", "二是", "三是", "四是", "五是", "六是"}
	demoSubheads = []string{"健全组织体系", "强化制度保障", "突出示范带动", "注重培训赋能", "加强督导考核", "深化结对共建", "创新服务载体",
		"夯实阵地建设", "拓宽选人视野", "优化激励机制", "压实责任链条", "用好考核“指挥棒”"}
	demoScopes     = []string{"全县", "全区", "全市", "全系统", "各乡镇（街道）", "试点村"}
	demoActs       = []string{"建成", "组建", "选派", "培训", "走访", "解决", "推动", "认定"}
	demoCounters   = []string{"个", "名", "次", "件", "家", "支"}
	demoObjects2   = []string{"党员骨干", "村（社区）干部", "实事项目", "服务阵地", "示范点", "专业人才", "帮扶队伍", "问题线索"}
	demoPeriods    = []string{"周", "月", "季度", "半年"}
	demoChecks     = []string{"调度", "研判", "通报", "督查", "点评"}
	demoManage     = []string{"清单化管理", "闭环管理", "跟踪问效", "销号管理", "动态管理"}
	demoPlatforms  = []string{"党群服务中心", "新时代文明实践站", "“学习强国”平台", "党员教育基地", "线上直播课堂", "村民议事厅"}
	demoActivities = []string{"主题党日活动", "专题培训", "政策宣讲", "技能比武", "座谈交流", "现场观摩"}
	demoSlogans    = []string{"一线工作", "四议两公开", "三联三帮", "订单式服务", "一站式办理", "积分制管理", "红黄绿三色"}
	demoIncludes   = []string{"年度考核", "述职评议", "积分管理", "评先评优", "干部档案"}
	demoNexts      = []string{"下一步", "今后", "接下来"}
	demoContinue   = []string{"持续总结经验做法", "进一步完善长效机制", "扩大试点覆盖面", "加大推广力度"}
	demoGoals      = []string{"推动工作走深走实", "不断提升工作质效", "以高质量党建引领高质量发展", "让群众有更多获得感"}
	demoOutside    = []string{"南州市", "海川市临港区", "西陵市桂山区", "云州市", "北原市东坡区", "安澜市", "东阳市北湖区", "青禾市"}
	demoSurnames   = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"}
	demoGiven      = []string{"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "婷", "晨", "宇", "欣", "浩"}
)

func demoPick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// demoHeadline is a one-sentence summary such as an item's lead, without 。.
func demoHeadline(r *rand.Rand, place string, th demoTheme) string {
	return place + demoPick(r, demoVerbs) + demoPick(r, th.objects) + demoPick(r, demoEffects)
}

// demoSentence is one sentence of a body with numbers in it.
func demoSentence(r *rand.Rand, th demoTheme) string {
	switch r.IntN(5) {
	case 0:
		return fmt.Sprintf("%s共%s%s%d%s，覆盖率达%d%%。", demoPick(r, demoScopes), demoPick(r, demoActs), demoPick(r, demoObjects2),
			10+r.IntN(990), demoPick(r, demoCounters), 60+r.IntN(41))
	case 1:
		return fmt.Sprintf("建立%s%s机制，围绕%s实行%s。", demoPick(r, demoPeriods), demoPick(r, demoChecks), demoPick(r, th.objects), demoPick(r, demoManage))
	case 2:
		return fmt.Sprintf("依托%s，开展%s%d场次，惠及党员群众%d人次。", demoPick(r, demoPlatforms), demoPick(r, demoActivities), 5+r.IntN(300), 100+r.IntN(20000))
	case 3:
		return fmt.Sprintf("推行“%s”工作法，把%s纳入%s。", demoPick(r, demoSlogans), demoPick(r, th.objects), demoPick(r, demoIncludes))
	default:
		return fmt.Sprintf("%d年，%s%s同比增长%d.%d%%，%s。", 2010+r.IntN(16), demoPick(r, demoScopes), demoPick(r, demoObjects2),
			r.IntN(60), r.IntN(10), demoPick(r, demoResults))
	}
}

// demoText is a submission's text of about want characters: a headline
// sentence, an opening, numbered points and a closing, paragraphs by "\n".
// The characters written so far are counted as they are written: counting
// the whole text again after each sentence was 7% of a ten-year demo.
func demoText(r *rand.Rand, place, headline string, th demoTheme, year, want int) string {
	var b strings.Builder
	n := 0 // characters in b
	write := func(s string) {
		b.WriteString(s)
		n += utf8.RuneCountInString(s)
	}
	opening := demoPick(r, demoOpenings)
	if strings.Contains(opening, "%d") {
		opening = fmt.Sprintf(opening, year-1-r.IntN(3))
	}
	write(fmt.Sprintf("%s。%s，%s%s%s，%s，%s。", headline, opening, place, demoPick(r, demoLeadIns), demoPick(r, th.focus),
		demoPick(r, demoApproach), demoPick(r, demoResults)))
	closing := fmt.Sprintf("\n%s，%s将%s，%s。", demoPick(r, demoNexts), place, demoPick(r, demoContinue), demoPick(r, demoGoals))
	want -= utf8.RuneCountInString(closing)
	for i := 0; i < len(demoOrdinals) && n < want; i++ {
		write("\n" + demoOrdinals[i] + demoPick(r, demoSubheads) + "。")
		for k := 2 + r.IntN(4); k > 0; k-- {
			write(demoSentence(r, th))
		}
	}
	for n < want {
		write(demoSentence(r, th))
	}
	b.WriteString(closing)
	return b.String()
}

// demoContact is a contact line: a name and a mobile number.
func demoContact(r *rand.Rand) string {
	name := demoPick(r, demoSurnames) + demoPick(r, demoGiven)
	if r.IntN(2) == 0 {
		name += demoPick(r, demoGiven)
	}
	return fmt.Sprintf("%s %d%08d", name, []int{135, 138, 139, 150, 187}[r.IntN(5)], r.IntN(100000000))
}

// demoOutsideItem is a 市外参考 item: another city's practice, no attribution.
func demoOutsideItem(r *rand.Rand) Item {
	th := demoThemes[r.IntN(len(demoThemes))]
	place := demoPick(r, demoOutside)
	lead := fmt.Sprintf("%s：%s%s，%s。", place, demoPick(r, demoVerbs), demoPick(r, th.objects), demoPick(r, demoEffects))
	var body strings.Builder
	short := []rune(place)
	body.WriteString(string(short[max(0, len(short)-3):]) + demoPick(r, demoLeadIns) + demoPick(r, th.focus) + "，" + demoPick(r, demoApproach) + "。")
	for n := 3 + r.IntN(4); n > 0; n-- {
		body.WriteString(demoSentence(r, th))
	}
	return Item{Lead: lead, Body: body.String()}
}

package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/app/localeenv"
	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/pdf"
	"github.com/bulletindesk/bulletindesk/resources"
)

// setupLanguage decides Chinese or English and loads the translations; it
// must run before any widget is built. pref is Preferences.Language ("",
// "zh", "en"). Chinese is the default; English when the system is English.
//
// Fyne picks its localizer from the system locale, which the user's choice
// may contradict. So the chosen table (identity for Chinese, the .en.json
// files for English) is registered for every locale the localizer might
// pick, and on Linux the locale variables are steered so that Fyne's own
// dialog buttons come out in the same language.
func setupLanguage(pref string) string {
	code := decideLanguage(pref, systemLanguage())
	steerLocaleEnv(code)
	steerCharacterSet()
	table, err := loadTranslations(code)
	if err != nil {
		log.Printf("load the translations: %v", err)
	}
	data, _ := json.Marshal(table)
	for _, l := range fyneLocales {
		if err := lang.AddTranslationsForLocale(data, l); err != nil {
			log.Printf("add translations for %s: %v", l, err)
		}
	}
	return code
}

// fyneLocales are the locales Fyne 2.7 ships translations for. Fyne's
// localizer picks one of these (English when none fits the system), so our
// table goes under each; a new tag would shadow Fyne's own strings for it.
var fyneLocales = []fyne.Locale{"en", "zh-Hans", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk"}

// decideLanguage: an explicit preference wins; otherwise English systems
// get English and everyone else Chinese.
func decideLanguage(pref, system string) string {
	switch pref {
	case "zh", "en":
		return pref
	}
	if strings.HasPrefix(strings.ToLower(system), "en") {
		return "en"
	}
	return "zh"
}

// systemLanguage is the system's language code ("en", "zh", …), "" unknown.
func systemLanguage() string {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return lang.SystemLocale().LanguageString()
	}
	v := unixLocaleVar()
	if v == "C" || v == "POSIX" {
		return ""
	}
	if l := os.Getenv("LANGUAGE"); l != "" {
		return l
	}
	return v
}

// unixLocaleVar is what gettext (and go-locale) read first.
func unixLocaleVar() string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return ""
}

// steerLocaleEnv makes go-locale (and so Fyne's own strings) see the chosen
// language on Linux and BSD; elsewhere the system decides.
func steerLocaleEnv(code string) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return
	}
	full, list := "zh_CN.UTF-8", "zh_CN:zh"
	if code == "en" {
		full, list = "en_US.UTF-8", "en"
	}
	if v := os.Getenv("LC_ALL"); v == "C" || v == "POSIX" {
		os.Unsetenv("LC_ALL")
	}
	switch unixLocaleVar() {
	case "", "C", "POSIX":
		os.Setenv("LC_MESSAGES", full)
	}
	os.Setenv("LANGUAGE", list)
}

// steerCharacterSet makes the character set UTF-8 before the window opens.
// GLFW sets its locale from LC_CTYPE, and the input method's committed
// text (fcitx5 or ibus over XIM) reaches it only in a locale that can
// encode it: under LANG=C, POSIX or a locale that is not installed (often
// zh_CN.UTF-8 on a fresh system) every Chinese character typed was
// dropped while the candidates showed normally.
func steerCharacterSet() {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return
	}
	env := map[string]string{}
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		env[k] = os.Getenv(k)
	}
	for k, v := range characterSetEnv(env, localeenv.Installed) {
		if v == "" {
			os.Unsetenv(k)
		} else {
			os.Setenv(k, v)
		}
	}
}

// characterSetEnv is the change to LC_ALL, LC_CTYPE and LANG that makes the
// character set a UTF-8 locale that exists ("" unsets); nil when it is one.
// An unusable LC_ALL is moved to LC_MESSAGES so the language stays.
func characterSetEnv(env map[string]string, installed func(string) bool) map[string]string {
	ctype := env["LC_ALL"]
	if ctype == "" {
		ctype = env["LC_CTYPE"]
	}
	if ctype == "" {
		ctype = env["LANG"]
	}
	if isUTF8Locale(ctype) && installed(ctype) {
		return nil
	}
	fallback := "C.UTF-8"
	if !installed(fallback) && installed("en_US.UTF-8") {
		fallback = "en_US.UTF-8"
	}
	change := map[string]string{"LC_CTYPE": fallback}
	if all := env["LC_ALL"]; all != "" {
		change["LC_ALL"] = ""
		change["LC_MESSAGES"] = all
	}
	return change
}

// isUTF8Locale: zh_CN.UTF-8, C.utf8 and the like.
func isUTF8Locale(v string) bool {
	v = strings.ToLower(v)
	if i := strings.IndexByte(v, '@'); i >= 0 {
		v = v[:i]
	}
	return strings.HasSuffix(v, ".utf-8") || strings.HasSuffix(v, ".utf8")
}

// loadTranslations merges the .en.json files; for Chinese it maps every key
// to itself, so no lookup falls through to English. A key "context|中文"
// (used through lang.X where one Chinese word needs two English ones, as
// 单位 for a column "Unit" and the screen "Units") shows its Chinese part.
func loadTranslations(code string) (map[string]string, error) {
	table := map[string]string{}
	files, err := fs.Glob(resources.Translations, "translations/*.en.json")
	if err != nil {
		return table, err
	}
	var errs []error
	for _, f := range files {
		body, err := resources.Translations.ReadFile(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		m := map[string]string{}
		if err := json.Unmarshal(body, &m); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f, err))
			continue
		}
		for k, v := range m {
			if code == "zh" {
				v = k[strings.Index(k, "|")+1:]
			}
			table[k] = v
		}
	}
	return table, errors.Join(errs...)
}

// dateLabel shows a date as 2022年6月15日 in Chinese, ISO in English.
func (u *ui) dateLabel(d editor.Date) string {
	if d.IsZero() {
		return ""
	}
	if u.lang == "en" {
		return d.Format(editor.DateLayout)
	}
	return editor.ChineseDate(d)
}

// periodLabel is a month, quarter or year in the UI language: the
// archive's label (2026年12月) in Chinese, December 2026, 2026 Q4 or 2026
// in English, which showed 「2026年12月」 among English words.
func (u *ui) periodLabel(p editor.Period) string {
	if u.lang != "en" {
		return p.Label
	}
	switch {
	case len(p.Key) == 4:
		return p.Key
	case strings.Contains(p.Key, "-Q"):
		return p.Key[:4] + " " + p.Key[5:]
	}
	return p.From.Format("January 2006")
}

// groupLabel is a unit group in the UI language: the default groups are
// translated (「县区 subtotal」 was half Chinese), groups the editor made up
// keep their name.
func groupLabel(g string) string {
	switch g {
	case "县区", "市直", "其他", editor.UngroupedName: // 未分组 read 「未分组 subtotal」 (review F19)
		return lang.X("group|"+g, g)
	}
	return g
}

// submissionStatusLabel is 待处理/采用/备用/未采用 in the UI language.
func submissionStatusLabel(s editor.SubmissionStatus) string {
	switch s {
	case editor.SubmissionPending:
		return lang.L("待处理")
	case editor.SubmissionAdopted:
		return lang.L("采用")
	case editor.SubmissionReserve:
		return lang.L("备用")
	case editor.SubmissionRejected:
		return lang.L("未采用")
	}
	return string(s)
}

// issueStatusLabel is 草稿/已签发 in the UI language.
func issueStatusLabel(s editor.IssueStatus) string {
	switch s {
	case editor.IssueDraft:
		return lang.L("草稿")
	case editor.IssueSubmitted:
		return lang.L("送审中")
	case editor.IssueReviewed:
		return lang.L("已审核")
	case editor.IssueSigned:
		return lang.L("已签发")
	}
	return string(s)
}

// levelLabel is 中央/省/市 in the UI language.
func levelLabel(l editor.OutletLevel) string {
	switch l {
	case editor.LevelCentral:
		return lang.L("中央")
	case editor.LevelProvincial:
		return lang.L("省")
	case editor.LevelCity:
		return lang.L("市")
	}
	return string(l)
}

// userMessage says what went wrong in words the editor understands; the
// archive's exported errors get their own sentence.
func userMessage(err error) string {
	var notOwner *editor.NotOwnerError
	if errors.As(err, &notOwner) {
		return lang.L("这份办公室档案需要先升级到本版本的简报编辑台，而升级只能由档案的所有者 {{.Owner}} 进行（您的登录名 {{.Login}} 不能）。档案没有任何改动。请信息技术人员以 {{.Owner}} 登录运行一次：{{.Command}}，之后大家照常打开。",
			map[string]any{"Owner": notOwner.Owner, "Login": notOwner.Login, "Command": notOwner.Command})
	}
	var glyph *pdf.MissingGlyphError
	if errors.As(err, &glyph) {
		return lang.L("PDF 没有写出：这台电脑上没有哪种字体有“{{.Char}}”（U+{{.Code}}）这个字，印出来会是空白。它在这一行：{{.Near}}\n请安装有这个字的字体（例如 Noto CJK 或方正超大字符集），或把字体文件放进一个文件夹并用环境变量 BULLETINDESK_FONTS 指明；Word 导出不受影响。",
			map[string]any{"Char": string(glyph.Char), "Code": fmt.Sprintf("%04X", glyph.Char), "Near": glyph.Near})
	}
	known := []struct {
		err error
		msg string
	}{
		{editor.ErrIssueSigned, lang.L("本期已签发，不能修改；如需修改，请先撤销签发。")},
		{editor.ErrUnderReview, lang.L("本期已送审，审核期间编辑不能修改。需要修改时请审核人退回，或由审核人修改。")},
		{editor.ErrWrongStage, lang.L("本期现在不在这一步（也许别人刚刚处理过），请看本期当前的状态。")},
		{editor.ErrDenied, lang.L("您的角色不允许这项操作。角色由管理员在“用户”中分配。")},
		{editor.ErrLocalUsers, lang.L("本机档案只有一位用户（本机登录的用户），拥有全部角色；角色在办公室档案上分配。")},
		{editor.ErrOwnAdmin, lang.L("不能取消自己的管理员角色，否则没有人能再分配角色。请让另一位管理员来做。")},
		{editor.ErrNotSetUp, lang.L("这个办公室数据库还没有建好档案：请信息技术人员以数据库所有者的登录名运行一次 bulletindesk users --db …（见说明“办公室档案”），再给第一位管理员分配角色。")},
		{editor.ErrNoRole, lang.L("您的登录名在这份办公室档案中还没有角色（编辑、审核、签发或管理员），不能打开。请管理员在“用户”中为您分配，或请信息技术人员执行 GRANT。")},
		{editor.ErrUnknownLogin, lang.L("数据库服务器上没有这个登录名。请先由信息技术人员创建登录名（CREATE ROLE … LOGIN）。")},
		{editor.ErrDuplicateNumber, lang.L("已有相同期号的一期。")},
		{editor.ErrNoDate, lang.L("本期还没有日期（导入的原文没有写），请先在期号旁填写日期再签发。")},
		{editor.ErrNoTotalNumber, lang.L("本期还没有总第（导入的原文没有写），请先在期号旁填写总期号再签发。")},
		{editor.ErrDuplicateName, lang.L("已有同名的单位或刊物，请换一个名称。")},
		{editor.ErrInUse, lang.L("仍在使用中，不能删除。")},
		{editor.ErrLocked, lang.L("档案正被另一个程序使用（也许是另一个打开着的简报编辑台），请关闭它后重试。")},
		{editor.ErrNewerArchive, lang.L("档案由更新版本的简报编辑台写入，请升级本程序。")},
		{editor.ErrNotFound, lang.L("找不到这条记录，可能已被删除。")},
		{editor.ErrTooLong, lang.L("文字超过 20 万字，比任何一篇信息都长得多，未保存。请只保留需要的部分。")},
		{editor.ErrReadOnly, lang.L("档案不允许写入（档案文件或它所在的文件夹是只读的），改动不能保存。请把档案复制到可以写入的文件夹后用 --db 打开，或请管理员开放写入权限。")},
		{editor.ErrCannotCreate, lang.L("这里还没有档案，也不能新建：档案所在的文件夹不允许写入（只读的磁盘、U 盘或共享文件夹，或没有写入权限）。请用 --db 指定一个可以写入的文件夹中的档案，或请管理员开放写入权限。")},
		{editor.ErrDiskFull, lang.L("磁盘已满，刚才的修改没有保存，仍在屏幕上；以前保存的内容都完好。请删除或移走一些文件（例如下载的文件、旧的导出文件），腾出空间后再改动一下，修改就会保存。")},
		{ErrWindowOpen, lang.L("这份档案已在另一个简报编辑台窗口中打开。请回到那个窗口继续工作：两个窗口同时编辑同一份档案会互相覆盖。")},
		{editor.ErrConflict, lang.L("另一个窗口或程序已修改并保存了这里的内容，您的这次修改没有覆盖它，已另存为未保存的草稿。")},
	}
	for _, k := range known {
		if errors.Is(err, k.err) {
			return k.msg
		}
	}
	return err.Error()
}

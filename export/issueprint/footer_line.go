package issueprint

import "github.com/bulletindesk/bulletindesk/editor"

// FooterLineText is a 版记 line as every format prints it: 报：…, or the
// text alone for a line without a label — a 责任编辑 line read from a
// source, or one the editor typed without 报/送/发 — which had printed
// with a stray "：" before it.
func FooterLineText(d editor.DistributionLine) string {
	if d.Label == "" {
		return d.Text
	}
	return d.Label + "：" + d.Text
}

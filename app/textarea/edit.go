package textarea

import (
	"strings"
)

// editKind says what an edit was, so that a run of typing is one undo step.
type editKind int

const (
	editOther editKind = iota
	editType
	editBackspace // a run of Backspaces, and apart from it one of Deletes:
	editDelete    // as in Word, 20 Backspaces then a Delete are two undo steps (review F11)
)

// snapshot is the text and caret before an edit.
type snapshot struct {
	text          string
	caret, anchor pos
}

// history is the field's own undo: Ctrl+Z takes back typing, a run of
// typed characters or of erasures at a time.
type history struct {
	done, undone []snapshot
	last         editKind
}

const historyMax = 200

// remember keeps the text before an edit of kind k, unless it goes on a
// run of the same kind.
func (a *Area) remember(k editKind) {
	h := &a.hist
	if k == editOther || k != h.last || len(h.done) == 0 {
		h.done = append(h.done, snapshot{a.Text(), a.caret, a.anchor})
		if len(h.done) > historyMax {
			h.done = h.done[1:]
		}
	}
	h.last = k
	h.undone = nil
}

// Undo takes back the latest edit; false when there is none.
func (a *Area) Undo() bool { return a.swapHistory(&a.hist.done, &a.hist.undone) }

// Redo does again what Undo took back; false when there is nothing.
func (a *Area) Redo() bool { return a.swapHistory(&a.hist.undone, &a.hist.done) }

func (a *Area) swapHistory(from, to *[]snapshot) bool {
	if len(*from) == 0 || a.readOnly {
		return false
	}
	st := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, snapshot{a.Text(), a.caret, a.anchor})
	a.hist.last = editOther
	a.load(st.text)
	a.caret, a.anchor = a.clamp(st.caret), a.clamp(st.anchor)
	a.afterReplace()
	a.changed()
	return true
}

func (a *Area) clamp(at pos) pos {
	at.p = max(0, min(at.p, len(a.paras)-1))
	at.c = max(0, min(at.c, len(a.paras[at.p].text)))
	return at
}

// replaceSelection puts s where the selection is (at the caret when none
// is), re-wrapping only the paragraphs it touched.
func (a *Area) replaceSelection(s string, k editKind) {
	if a.readOnly {
		return
	}
	from, to := a.selection()
	if s == "" && from == to {
		return
	}
	a.remember(k)
	head := a.paras[from.p].text[:from.c:from.c]
	tail := a.paras[to.p].text[to.c:]
	lines := strings.Split(s, "\n")
	fresh := make([]para, len(lines))
	for i, l := range lines {
		fresh[i].text = []rune(l)
	}
	last := len(fresh) - 1
	caretCol := len(fresh[last].text)
	if last == 0 {
		caretCol += len(head)
	}
	fresh[0].text = append(append([]rune{}, head...), fresh[0].text...)
	fresh[last].text = append(fresh[last].text, tail...)
	before := a.Rows()
	a.paras = append(a.paras[:from.p], append(fresh, a.paras[to.p+1:]...)...)
	w := a.textWidth()
	for i := range fresh {
		a.wrap(from.p+i, w)
	}
	a.caret = pos{from.p + last, caretCol}
	a.anchor, a.eol, a.hasGoal, a.textOK = a.caret, false, false, false
	a.edited(from.p, len(fresh), before)
}

// edited redraws after paragraphs first…first+n changed and tells the owner.
func (a *Area) edited(first, n, rowsBefore int) {
	if a.r != nil {
		if a.Rows() != rowsBefore || len(a.paras) != a.r.paras {
			a.r.rowsChanged()
		} else {
			a.r.parasChanged(first, n)
		}
	}
	if a.Rows() != rowsBefore && a.OnGrow != nil {
		a.OnGrow()
	}
	a.changed()
	a.moved()
}

func (a *Area) changed() {
	if a.OnChanged != nil {
		a.OnChanged(a.Text())
	}
}

// TypedRune types r (also how an input method's committed text arrives).
func (a *Area) TypedRune(r rune) {
	a.ime.Rune()
	if a.readOnly || r == '\r' {
		return
	}
	a.replaceSelection(string(r), editType)
}

// erase deletes the selection, or the rune before (back) or after the caret.
func (a *Area) erase(back bool) {
	if from, to := a.selection(); from != to {
		a.replaceSelection("", editOther)
		return
	}
	at := a.caret
	switch {
	case back && at.c > 0:
		a.anchor = pos{at.p, at.c - 1}
	case back && at.p > 0:
		a.anchor = pos{at.p - 1, len(a.paras[at.p-1].text)}
	case !back && at.c < len(a.paras[at.p].text):
		a.anchor = pos{at.p, at.c + 1}
	case !back && at.p < len(a.paras)-1:
		a.anchor = pos{at.p + 1, 0}
	default:
		return
	}
	from, to := a.selection()
	a.anchor, a.caret = from, to
	kind := editDelete
	if back {
		kind = editBackspace
	}
	a.replaceSelection("", kind)
}

// paste puts the clipboard's text in, cleaned by OnPaste.
func (a *Area) paste(text string) {
	text = normalize(text)
	if a.OnPaste != nil {
		text = a.OnPaste(text)
	}
	a.replaceSelection(text, editOther)
}

// wordAt is the run around column c of paragraph p that a double-click
// selects: letters, digits and Chinese characters together (in Chinese,
// the run between two punctuation marks), or spaces, or one mark.
func (a *Area) wordAt(at pos) (from, to int) {
	text := a.paras[at.p].text
	if len(text) == 0 {
		return 0, 0
	}
	c := min(at.c, len(text)-1)
	k := runeClass(text[c])
	if k == classMark {
		return c, c + 1
	}
	from, to = c, c+1
	for from > 0 && runeClass(text[from-1]) == k {
		from--
	}
	for to < len(text) && runeClass(text[to]) == k {
		to++
	}
	return from, to
}

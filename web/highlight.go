package web

import (
	"cmp"
	"html/template"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

// A span marks bytes [start, end) of a text for highlighting as one element.
type span struct {
	start, end int
	tag        string // "mark" or "span"
	class      string // space-separated class names, from fixed vocabulary
	title      string // tooltip, any text: escaped on output
	id         string // element id, written on the first opening only
}

// highlight returns text as HTML with every span wrapped in its element.
// Offsets are byte offsets; they are clamped to the text and widened to
// whole UTF-8 characters, and empty or reversed spans are dropped. Spans
// that overlap without nesting are split where they cross, so the result
// is always well-formed: every element opened is closed, in order. All text
// and attribute values are escaped.
func highlight(text string, spans []span) template.HTML {
	n := len(text)
	var live []span
	for _, sp := range spans {
		sp.start = max(0, min(sp.start, n))
		sp.end = max(0, min(sp.end, n))
		for sp.start > 0 && sp.start < n && !utf8.RuneStart(text[sp.start]) {
			sp.start--
		}
		for sp.end < n && !utf8.RuneStart(text[sp.end]) {
			sp.end++
		}
		if sp.start >= sp.end {
			continue
		}
		if sp.tag != "span" {
			sp.tag = "mark"
		}
		live = append(live, sp)
	}
	// Outer spans first: by start, then longest.
	slices.SortStableFunc(live, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})

	bounds := []int{0, n}
	for _, sp := range live {
		bounds = append(bounds, sp.start, sp.end)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	var b strings.Builder
	b.Grow(n + len(live)*64)
	var stack []int // indices into live of the open elements, outermost first
	next := 0       // next span in live to open
	for bi, p := range bounds {
		// Close the spans that end here. An inner span that goes on is
		// closed too and opened again, so that elements stay nested.
		if i := slices.IndexFunc(stack, func(k int) bool { return live[k].end == p }); i >= 0 {
			popped := stack[i:]
			for j := len(popped) - 1; j >= 0; j-- {
				b.WriteString("</" + live[popped[j]].tag + ">")
			}
			var reopen []int
			for _, k := range popped {
				if live[k].end != p {
					reopen = append(reopen, k)
				}
			}
			stack = stack[:i]
			for _, k := range reopen {
				openTag(&b, live[k])
				stack = append(stack, k)
			}
		}
		for next < len(live) && live[next].start == p {
			openTag(&b, live[next])
			live[next].id = "" // an element reopened after a split keeps the id once
			stack = append(stack, next)
			next++
		}
		if bi+1 < len(bounds) {
			writeText(&b, text[p:bounds[bi+1]])
		}
	}
	return template.HTML(b.String())
}

// openTag writes the opening tag of sp.
func openTag(b *strings.Builder, sp span) {
	b.WriteString("<" + sp.tag)
	if sp.class != "" {
		b.WriteString(` class="` + template.HTMLEscapeString(sp.class) + `"`)
	}
	if sp.title != "" {
		b.WriteString(` title="` + template.HTMLEscapeString(sp.title) + `"`)
	}
	if sp.id != "" {
		b.WriteString(` id="` + template.HTMLEscapeString(sp.id) + `"`)
	}
	b.WriteString(">")
}

// writeText writes s escaped, with invalid UTF-8 replaced.
func writeText(b *strings.Builder, s string) {
	b.WriteString(template.HTMLEscapeString(strings.ToValidUTF8(s, "\uFFFD")))
}

// articleSpans returns the highlights of an article's body: entities,
// temporal expressions and quotes.
func articleSpans(a *warta.Article) []span {
	spans := make([]span, 0, len(a.Entities)+len(a.Timexes)+len(a.Quotes))
	for _, q := range a.Quotes {
		title := q.Speaker
		if q.Cue != "" {
			title = strings.TrimSpace(title + " (" + q.Cue + ")")
		}
		spans = append(spans, span{start: q.Start, end: q.End, tag: "span",
			class: "hl hl-quote hl-quote-" + classToken(q.Kind), title: title})
	}
	for _, e := range a.Entities {
		title := e.Type
		if e.Canonical != "" {
			title += ": " + e.Canonical
		}
		spans = append(spans, span{start: e.Start, end: e.End, tag: "mark",
			class: "hl hl-entity hl-" + classToken(e.Type), title: title})
	}
	for _, t := range a.Timexes {
		title := t.Type + ": " + t.Value
		if t.Flag != "" {
			title += " (" + t.Flag + ")"
		}
		spans = append(spans, span{start: t.Start, end: t.End, tag: "mark",
			class: "hl hl-timex", title: title})
	}
	return spans
}

// classToken turns a label into a lower-case class name part made of
// letters, digits and hyphens, so that stored labels cannot inject markup
// or unexpected classes.
func classToken(s string) string {
	const maxLen = 24
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(s) {
		if b.Len() >= maxLen {
			break
		}
		if r >= utf8.RuneSelf || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			gap = b.Len() > 0
			continue
		}
		if gap && b.Len() < maxLen-1 {
			b.WriteByte('-')
		}
		gap = false
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "other"
	}
	return b.String()
}

// maxTerms bounds how many query words a snippet highlights.
const maxTerms = 16

// termSpans returns spans over the case-insensitive occurrences in text of
// the words of query, for highlighting a search snippet.
func termSpans(text, query string) []span {
	words := strings.FieldsFunc(query, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var alts []string
	for _, w := range words {
		if utf8.RuneCountInString(w) < 2 || len(alts) == maxTerms {
			continue
		}
		alts = append(alts, regexp.QuoteMeta(w))
	}
	if len(alts) == 0 {
		return nil
	}
	// Longer words first, so that "korea" wins over "kor".
	slices.SortFunc(alts, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	re, err := regexp.Compile(`(?i)` + strings.Join(alts, "|"))
	if err != nil {
		return nil
	}
	var spans []span
	for _, m := range re.FindAllStringIndex(text, 200) {
		spans = append(spans, span{start: m[0], end: m[1], tag: "mark", class: "hl hl-term"})
	}
	return spans
}

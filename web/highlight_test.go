package web

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func mark(start, end int) span { return span{start: start, end: end, tag: "mark", class: "m"} }

func TestHighlight(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []span
		want  string
	}{
		{"no spans", "a < b & c", nil, "a &lt; b &amp; c"},
		{"one span", "Kim Jong Un tiba", []span{mark(0, 11)}, `<mark class="m">Kim Jong Un</mark> tiba`},
		{"two spans", "ab cd", []span{mark(3, 5), mark(0, 2)}, `<mark class="m">ab</mark> <mark class="m">cd</mark>`},
		{"adjacent", "abcd", []span{mark(0, 2), mark(2, 4)}, `<mark class="m">ab</mark><mark class="m">cd</mark>`},
		{"nested", "say Kim now", []span{{start: 0, end: 11, tag: "span", class: "q"}, mark(4, 7)},
			`<span class="q">say <mark class="m">Kim</mark> now</span>`},
		{"same extent", "abc", []span{{start: 0, end: 3, tag: "span", class: "q"}, mark(0, 3)},
			`<span class="q"><mark class="m">abc</mark></span>`},
		{"crossing spans are split", "abcdef", []span{mark(0, 4), {start: 2, end: 6, tag: "span", class: "q"}},
			`<mark class="m">ab<span class="q">cd</span></mark><span class="q">ef</span>`},
		{"out of range is clamped", "abc", []span{mark(-3, 2), mark(2, 99)},
			`<mark class="m">ab</mark><mark class="m">c</mark>`},
		{"reversed and empty dropped", "abc", []span{mark(2, 1), mark(1, 1), mark(5, 9)}, "abc"},
		{"widened to whole characters", "é!", []span{mark(1, 2)}, `<mark class="m">é</mark>!`},
		{"markup in text escaped", `<script>x</script>`, []span{mark(0, 8)},
			`<mark class="m">&lt;script&gt;</mark>x&lt;/script&gt;`},
		{"attributes escaped", "ab", []span{{start: 0, end: 1, tag: "mark", class: `a" onclick="x`, title: `<"'>`}},
			`<mark class="a&#34; onclick=&#34;x" title="&lt;&#34;&#39;&gt;">a</mark>b`},
		{"unknown tag becomes mark", "ab", []span{{start: 0, end: 1, tag: "script"}}, `<mark>a</mark>b`},
		{"invalid utf-8 replaced", "a\xffb", nil, "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(highlight(tt.text, tt.spans)); got != tt.want {
				t.Errorf("highlight(%q, %v) =\n%s\nwant\n%s", tt.text, tt.spans, got, tt.want)
			}
		})
	}
}

var tagRE = regexp.MustCompile(`<(/?)(mark|span)[^>]*>`)

// checkWellFormed reports whether out closes every element it opens, in
// order, and shows text unchanged once its tags are removed.
func checkWellFormed(t *testing.T, text, out string) {
	t.Helper()
	var stack []string
	for _, m := range tagRE.FindAllStringSubmatch(out, -1) {
		if m[1] == "" {
			stack = append(stack, m[2])
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != m[2] {
			t.Fatalf("highlight(%q) = %q: closes %s with open %v", text, out, m[2], stack)
		}
		stack = stack[:len(stack)-1]
	}
	if len(stack) > 0 {
		t.Fatalf("highlight(%q) = %q: leaves %v open", text, out, stack)
	}
	stripped := tagRE.ReplaceAllString(out, "")
	if strings.ContainsAny(stripped, "<>\"") {
		t.Fatalf("highlight(%q) = %q: unescaped markup outside tags", text, out)
	}
	if utf8.ValidString(text) {
		// NUL is not allowed in HTML text; the escaper replaces it.
		want := strings.ReplaceAll(text, "\x00", "\uFFFD")
		if got := html.UnescapeString(stripped); got != want {
			t.Fatalf("highlight(%q) shows %q, want %q", text, got, want)
		}
	}
}

func TestHighlightArticleSpans(t *testing.T) {
	body := `“Kim Jong Un datang,” kata juru bicara di Pyongyang, Selasa (8/10/2024).`
	idx := func(s string) (int, int) { i := strings.Index(body, s); return i, i + len(s) }
	ks, ke := idx("Kim Jong Un")
	qs, qe := idx("Kim Jong Un datang")
	ts, te := idx("Selasa (8/10/2024)")
	spans := []span{
		{start: qs, end: qe, tag: "span", class: "hl hl-quote hl-quote-direct"},
		{start: ks, end: ke, tag: "mark", class: "hl hl-entity hl-person", title: "PERSON: Kim Jong Un"},
		{start: ts, end: te, tag: "mark", class: "hl hl-timex", title: "DATE: 2024-10-08"},
	}
	got := string(highlight(body, spans))
	want := `“<span class="hl hl-quote hl-quote-direct"><mark class="hl hl-entity hl-person" title="PERSON: Kim Jong Un">Kim Jong Un</mark> datang</span>,” ` +
		`kata juru bicara di Pyongyang, <mark class="hl hl-timex" title="DATE: 2024-10-08">Selasa (8/10/2024)</mark>.`
	if got != want {
		t.Errorf("highlight(%q) =\n%s\nwant\n%s", body, got, want)
	}
	checkWellFormed(t, body, got)
}

func TestTermSpans(t *testing.T) {
	tests := []struct {
		text, query string
		want        []string
	}{
		{"Banjir rendam Jakarta; banjir surut", "banjir", []string{"Banjir", "banjir"}},
		{"Korea Utara dan Korsel", "kor korea", []string{"Korea", "Kor"}},
		{"a.b*c (x)", ".* (", nil},
		{"Putin", "", nil},
		{"Putin", "p", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range termSpans(tt.text, tt.query) {
			got = append(got, tt.text[sp.start:sp.end])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("termSpans(%q, %q) = %q, want %q", tt.text, tt.query, got, tt.want)
		}
	}
}

func TestClassToken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"PERSON", "person"},
		{"ORG", "org"},
		{`ORG" onmouseover="x`, "org-onmouseover-x"},
		{"", "other"},
		{"日本", "other"},
		{strings.Repeat("a", 40), strings.Repeat("a", 24)},
	}
	for _, tt := range tests {
		if got := classToken(tt.in); got != tt.want {
			t.Errorf("classToken(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("Kim Jong Un di Pyongyang", 0, 11, 4, 20, 30, -1)
	f.Add("é<b>&", 1, 2, 0, 9, 3, 3)
	f.Add("a\xff\xfeb", 1, 2, 2, 3, 0, 4)
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1, c0, c1 int) {
		spans := []span{mark(a0, a1), {start: b0, end: b1, tag: "span", class: "q", title: text}, mark(c0, c1)}
		checkWellFormed(t, text, string(highlight(text, spans)))
	})
}

func FuzzTermSpans(f *testing.F) {
	f.Add("Banjir rendam Jakarta", "banjir jakarta")
	f.Add("ǅemal İstanbul", "i̇stanbul ǆ")
	f.Fuzz(func(t *testing.T, text, query string) {
		spans := termSpans(text, query)
		for _, sp := range spans {
			if sp.start < 0 || sp.end > len(text) || sp.start >= sp.end {
				t.Fatalf("termSpans(%q, %q): span [%d,%d) outside the text", text, query, sp.start, sp.end)
			}
		}
		checkWellFormed(t, text, string(highlight(text, spans)))
	})
}

// BenchmarkHighlight highlights a 6 KB body with 300 spans, a third of them
// crossing others.
func BenchmarkHighlight(b *testing.B) {
	text := strings.Repeat("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024). ", 80)
	var spans []span
	for i := 0; i+40 < len(text); i += len(text) / 300 {
		spans = append(spans, mark(i, i+14))
		if i%3 == 0 {
			spans = append(spans, span{start: i + 7, end: i + 40, tag: "span", class: "q"})
		}
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		highlight(text, spans)
	}
}

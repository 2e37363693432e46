package dedup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

// pairArticles reads testdata/pairs/NAME.a.txt and NAME.b.txt as two
// articles in language lang. The bodies are used as written: the cleaner
// is not under test here.
func pairArticles(t *testing.T, name, lang string) (*warta.Article, *warta.Article) {
	t.Helper()
	var out [2]*warta.Article
	for i, side := range []string{"a", "b"} {
		b, err := os.ReadFile(filepath.Join("testdata", "pairs", name+"."+side+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		out[i] = &warta.Article{ID: name + "-" + side, Language: lang, Body: string(b)}
	}
	return out[0], out[1]
}

func TestCompare(t *testing.T) {
	tests := []struct {
		pair, lang string
		want       string
		langB      string // b's language when not lang
	}{
		{pair: "copy-punct", lang: "id", want: warta.GroupExact},
		{pair: "near-added", lang: "id", want: warta.GroupNear},
		{pair: "rewrite-id", lang: "id", want: warta.GroupRewrite},
		{pair: "rewrite-en", lang: "en", want: warta.GroupRewrite},
		// Hard negatives: one event told by two reporters, and one match
		// report template filled with another match's facts.
		{pair: "same-event", lang: "id", want: ""},
		{pair: "same-event-facts", lang: "id", want: ""},
		{pair: "same-event-en", lang: "en", want: ""},
		{pair: "template", lang: "id", want: ""},
		// An English translation of rewrite-id.a: names and numbers align.
		{pair: "cross-lang", lang: "id", langB: "en", want: warta.GroupRewrite},
	}
	for _, tt := range tests {
		a, b := pairArticles(t, tt.pair, tt.lang)
		if tt.langB != "" {
			b.Language = tt.langB
		}
		got := Compare(a, b)
		t.Logf("%s: kind %q score %.2f longer %.2f jaccard %.2f, %d of %d aligned in order, %d anchors", tt.pair, got.Kind, got.Score, got.Longer, got.Jaccard, got.InOrder, got.Shorter, got.Anchors)
		if got.Kind != tt.want {
			t.Errorf("Compare(%s) = %q (score %.2f, jaccard %.2f, %d of %d aligned in order, %d anchors), want %q",
				tt.pair, got.Kind, got.Score, got.Jaccard, got.InOrder, got.Shorter, got.Anchors, tt.want)
		}
		if got.Score < 0 || got.Score > 1 {
			t.Errorf("Compare(%s).Score = %v, want within 0..1", tt.pair, got.Score)
		}
		// The verdict must not depend on which article comes first.
		if back := Compare(b, a); back.Kind != got.Kind {
			t.Errorf("Compare(%s reversed) = %q, want %q as forwards", tt.pair, back.Kind, got.Kind)
		}
		if got.Kind == warta.GroupRewrite {
			checkEvidence(t, tt.pair, got.Evidence, map[string]*warta.Article{a.ID: a, b.ID: b})
		}
	}
}

// checkEvidence checks that every alignment names two known articles,
// spans within their bodies, and comes in the order of both.
func checkEvidence(t *testing.T, what string, ev []warta.Alignment, byID map[string]*warta.Article) {
	t.Helper()
	if len(ev) == 0 {
		t.Errorf("%s: rewrite without evidence", what)
	}
	for k, e := range ev {
		a, b := byID[e.A], byID[e.B]
		if a == nil || b == nil {
			t.Errorf("%s: evidence %d names %q and %q, want known articles", what, k, e.A, e.B)
			continue
		}
		if e.AStart < 0 || e.AStart >= e.AEnd || e.AEnd > len(a.Body) || e.BStart < 0 || e.BStart >= e.BEnd || e.BEnd > len(b.Body) {
			t.Errorf("%s: evidence %d = %+v, want non-empty spans within bodies of %d and %d bytes", what, k, e, len(a.Body), len(b.Body))
		}
		if k > 0 && ev[k-1].A == e.A && ev[k-1].B == e.B && (ev[k-1].AStart >= e.AStart || ev[k-1].BStart >= e.BStart) {
			t.Errorf("%s: evidence %d = %+v out of order after %+v", what, k, e, ev[k-1])
		}
	}
}

func TestNumberKey(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"72", "72", true},
		{"ke-72", "72", true},
		{"12.418", "12418", true},
		{"12,418", "12418", true},
		{"2023", "2023", true},
		{"06", "6", true},
		{"000", "0", true},
		{"COVID-19", "19", true},
		{"Putin", "", false},
	}
	for _, tt := range tests {
		got, ok := numberKey(tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("numberKey(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestQuoteSpans(t *testing.T) {
	body := "Ia berkata, “Kami siap.” Lalu \"tidak ada\" lagi.\n\"Terbuka tanpa tutup\nbaris baru"
	var got []string
	for _, sp := range quoteSpans(body) {
		got = append(got, sp.Text(body))
	}
	want := []string{"Kami siap.", "tidak ada"}
	if len(got) != len(want) {
		t.Fatalf("quoteSpans(%q) = %q, want %q", body, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quoteSpans(%q)[%d] = %q, want %q", body, i, got[i], want[i])
		}
	}
}

func TestIncreasing(t *testing.T) {
	tests := []struct {
		js   []int
		want []int
	}{
		{nil, nil},
		{[]int{0, 1, 2}, []int{0, 1, 2}},
		{[]int{2, 0, 1, 3}, []int{0, 1, 3}},
		{[]int{3, 2, 1}, []int{1}},
		{[]int{0, 5, 1, 2, 6, 3}, []int{0, 1, 2, 3}},
	}
	for _, tt := range tests {
		ms := make([]match, len(tt.js))
		for i, j := range tt.js {
			ms[i] = match{i: i, j: j}
		}
		var got []int
		for _, m := range increasing(ms) {
			got = append(got, m.j)
		}
		if len(got) != len(tt.want) {
			t.Errorf("increasing(%v) = %v, want %v", tt.js, got, tt.want)
			continue
		}
		for k := range got {
			if got[k] != tt.want[k] {
				t.Errorf("increasing(%v) = %v, want %v", tt.js, got, tt.want)
				break
			}
		}
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("Kim Jong Un mengirim pesan ke-72. “Kami siap,” katanya.", "Kim, mengirim pesan ulang tahun ke-72 kepada Putin. “Kami siap,” ujarnya.", "id")
	f.Add("A \"quote\nB\" 12.418 warga.", "“”“ 0 00 1.2.3", "en")
	f.Add("", "\xff\xfe Jl. Dr. H. 1998.", "ms")
	f.Fuzz(func(t *testing.T, x, y, lang string) {
		a := &warta.Article{ID: "a", Language: lang, Body: x}
		b := &warta.Article{ID: "b", Language: lang, Body: y}
		c := Compare(a, b)
		if c.Score < 0 || c.Score > 1 || c.Jaccard < 0 || c.Jaccard > 1 {
			t.Errorf("Compare(%q, %q) scores %v, %v, want within 0..1", x, y, c.Score, c.Jaccard)
		}
		for _, e := range c.Evidence {
			if e.AStart < 0 || e.AStart > e.AEnd || e.AEnd > len(x) || e.BStart < 0 || e.BStart > e.BEnd || e.BEnd > len(y) {
				t.Errorf("Compare(%q, %q) evidence %+v outside the bodies", x, y, e)
			}
		}
		if c.InOrder > c.Aligned || c.Aligned > c.Shorter {
			t.Errorf("Compare(%q, %q) = %d in order of %d aligned of %d, want in order <= aligned <= shorter", x, y, c.InOrder, c.Aligned, c.Shorter)
		}
	})
}

func TestCrossLanguage(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"id", "id", false},
		{"id", "ms", false},
		{"id", "en", true},
		{"en", "ms", true},
		{"und", "en", false},
	}
	for _, tt := range tests {
		if got := crossLanguage(tt.a, tt.b); got != tt.want {
			t.Errorf("crossLanguage(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOutletKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"liputan6.com", "liputan6"},
		{"www.Liputan6.com", "liputan6"},
		{"news.detik.com", "detik"},
		{"republika.co.id", "republika"},
		{"Kabar Nusantara", "kabarnusantara"},
		{"kabar-nusantara.example", "kabarnusantara"},
		{"Tribunnews.com", "tribunnews"},
		{".com", "com"},
	}
	for _, tt := range tests {
		if got := outletKey(tt.in); got != tt.want {
			t.Errorf("outletKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompareSameOutlet(t *testing.T) {
	a, b := pairArticles(t, "rewrite-id", "id")
	a.Outlet, b.Outlet = "detik.com", "news.detik.com"
	if got := Compare(a, b); got.Kind != "" {
		t.Errorf("Compare(rewrite-id, one outlet) = %q, want no rewrite", got.Kind)
	}
	a, b = pairArticles(t, "near-added", "id")
	a.Outlet, b.Outlet = "detik.com", "detik.com"
	if got := Compare(a, b); got.Kind != warta.GroupNear {
		t.Errorf("Compare(near-added, one outlet) = %q, want %q", got.Kind, warta.GroupNear)
	}
}

// TestCompareLongBodies checks that bodies with a great many alike
// sentences are compared on a bounded number of them.
func TestCompareLongBodies(t *testing.T) {
	a := &warta.Article{ID: "a", Language: "id", Body: strings.Repeat("Harga cabai rawit naik lagi di Pasar Induk hari ini.\n", 20000)}
	b := &warta.Article{ID: "b", Language: "id", Body: strings.Repeat("Harga cabai rawit kembali naik di Pasar Induk.\n", 20000)}
	c := Compare(a, b)
	if c.Shorter > maxSentences {
		t.Errorf("Compare(long bodies) aligned %d sentences, want at most %d", c.Shorter, maxSentences)
	}
}

package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSnippet(t *testing.T) {
	body := "Pyongyang – Pemimpin Korea Utara Kim Jong Un telah mengirimkan pesan ulang tahun kepada Presiden Rusia Vladimir Putin. Dia menyebut Putin sebagai teman atau kolega terdekatnya."
	tests := []struct {
		name  string
		body  string
		terms []string
		width int
		want  string
	}{
		{"no terms gives the start", body, nil, 40, "Pyongyang – Pemimpin Korea Utara Kim…"},
		{"exact word", "satu dua tiga", []string{"dua"}, 0, "satu dua tiga"},
		{"prefix of a stem", body, []string{"presiden"}, 30, "…kepada Presiden Rusia…"},
		{"stem inside an affixed word", body, []string{"kirim"}, 30, "…Un telah mengirimkan pesan…"},
		{"nasalised stem", "lalu memukul dan menulis surat", []string{"tulis"}, 0, "lalu memukul dan menulis surat"},
		{"plain containment", "barang dikirimkan kemarin", []string{"kirim"}, 14, "…dikirimkan…"},
		{"prefix beats an earlier containment", "mengirimkan lalu kiriman", []string{"kirim"}, 11, "…kiriman"},
		{"case folded", "ALPHA beta GAMMA", []string{"Gamma"}, 0, "ALPHA beta GAMMA"},
		{"short terms match whole words only", "sebagai a teman", []string{"a"}, 3, "…a…"},
		{"no match gives the start", "satu dua tiga empat", []string{"lima"}, 8, "satu dua…"},
		{"whitespace collapsed", "satu\n\n  dua\ttiga", []string{"dua"}, 0, "satu dua tiga"},
		{"empty body", "", []string{"dua"}, 10, ""},
		{"whitespace body", " \n ", []string{"dua"}, 10, ""},
		{"hostile terms", "a \"b\" c", []string{"\"", "*", "NEAR(", "-"}, 10, "a \"b\" c"},
		{"word longer than width", "aaaaaaaaaaaaaaaaaaaa bbb", []string{"aaaa"}, 5, "aaaaa…"},
		{"invalid utf-8", "ab\xffcd efg", []string{"efg"}, 0, "ab\uFFFDcd efg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Snippet(tt.body, tt.terms, tt.width); got != tt.want {
				t.Errorf("Snippet(%q, %q, %d) = %q, want %q", tt.body, tt.terms, tt.width, got, tt.want)
			}
		})
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{nil, nil},
		{[]string{"Kim Jong-Un", "kim"}, []string{"kim", "jong", "un"}},
		{[]string{`"`, "*", "NEAR(", "AND OR", "-", "🙂🙂"}, []string{"near", "and", "or"}},
		{[]string{"col:umn^2"}, []string{"col", "umn", "2"}},
		{[]string{"Ékonomi"}, []string{"ékonomi"}},
	}
	for _, tt := range tests {
		got := Terms(tt.in...)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTermsBounded(t *testing.T) {
	var words []string
	for i := range 1000 {
		words = append(words, strings.Repeat("x", i%50+1)+string(rune('a'+i%26)))
	}
	if got := len(Terms(words...)); got != MaxTerms {
		t.Errorf("len(Terms(1000 distinct words)) = %d, want %d", got, MaxTerms)
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("Presiden Joko Widodo meresmikan jalan tol.", "resmi", 20)
	f.Add("a \"b\" NEAR( c", "\"", 3)
	f.Add("\xff\xfe", "\xff", 1)
	f.Add("", "", 0)
	f.Fuzz(func(t *testing.T, body, term string, width int) {
		width %= 1000
		got := Snippet(body, []string{term}, width)
		if !utf8.ValidString(got) {
			t.Fatalf("Snippet(%q, %q, %d) = %q, not valid UTF-8", body, term, width, got)
		}
		if width <= 0 {
			width = DefaultWidth
		}
		if n := utf8.RuneCountInString(got); n > width+2 {
			t.Fatalf("Snippet(%q, %q, %d) has %d characters, want at most %d", body, term, width, n, width+2)
		}
		// A term that is a whole word of the body, short enough to fit,
		// must show in the snippet.
		terms := Terms(term)
		if len(terms) != 1 || utf8.RuneCountInString(terms[0]) > width/3 {
			return
		}
		for _, w := range strings.FieldsFunc(fold(strings.ToValidUTF8(body, "\uFFFD")), isSeparator) {
			if w == terms[0] {
				if !strings.Contains(fold(got), terms[0]) {
					t.Fatalf("Snippet(%q, %q, %d) = %q, want it to hold %q", body, term, width, got, terms[0])
				}
				return
			}
		}
	})
}

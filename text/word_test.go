package text

import (
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{" ,.;— “” ", []string{}},
		{"Harga beras naik.", []string{"Harga", "beras", "naik"}},
		{"negara-negara Barat", []string{"negara-negara", "Barat"}},
		{"ulang tahun ke-72", []string{"ulang", "tahun", "ke-72"}},
		{"Rabu (12/6), pukul 13.21 WIB", []string{"Rabu", "12", "6", "pukul", "13.21", "WIB"}},
		{"“Kami siap,” katanya.", []string{"Kami", "siap", "katanya"}},
		{"Rp5.000 dan 1,5 persen", []string{"Rp5.000", "dan", "1,5", "persen"}},
		{"Kompas.com melaporkan", []string{"Kompas.com", "melaporkan"}},
		{"don't and don’t", []string{"don't", "and", "don’t"}},
		{"Pyongyang – Moskow", []string{"Pyongyang", "Moskow"}},
		{"Kim Il-sung", []string{"Kim", "Il-sung"}},
		{"trailing- -leading", []string{"trailing", "leading"}},
		{"café naïve", []string{"café", "naïve"}},
	}
	for _, tt := range tests {
		spans := Words(tt.in)
		got := make([]string, len(spans))
		for i, sp := range spans {
			got[i] = sp.Text(tt.in)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzWords(f *testing.F) {
	f.Add("negara-negara Barat, ke-72, 13.21 WIB “Kami”")
	f.Add("\xff\x80 a-\xfe-b --- ’’")
	f.Fuzz(func(t *testing.T, s string) {
		spans := Words(s)
		checkSpans(t, "Words", s, spans)
		for _, sp := range spans {
			if !isWordToken(sp.Text(s)) {
				t.Fatalf("Words(%q): token %q has no letter or digit", s, sp.Text(s))
			}
		}
	})
}

// TestEachTokenSegmenter checks eachToken, which cuts the text at spaces
// and passes simple pieces by, against the segmenter over the whole text,
// on the seed article and on random texts of troublesome characters.
func TestEachTokenSegmenter(t *testing.T) {
	texts := []string{"", " ", "a", "Kim Jong-un, 2024-10-08: \"U.S.\" (ssst) 3,5 don't a_b _x x_ \r\n\t\v\f.",
		" \u0301a", "a \u200db", "x\u00a0y", "“Kim”", "kata- 5", "ke-72 COVID-19 a-1-b"}
	if b, err := os.ReadFile("testdata/article-id.txt"); err == nil {
		texts = append(texts, string(b))
	}
	alphabet := []string{"a", "B", "7", " ", " ", "\t", "\n", "\r", "-", "'", ".", ",", ":", ";", "_", "\"", "(", ")",
		"é", "\u0301", "\u200d", "\u00ad", "’", "“", "–", "\u3000", "\u00a0", "\xff", "ש", "カ", "🇮🇩", "😀"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		var got, want []Span
		eachToken(s, func(a, b int) { got = append(got, Span{a, b}) })
		segmentTokens(s, func(a, b int) { want = append(want, Span{a, b}) })
		if !slices.Equal(got, want) {
			t.Errorf("eachToken(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzEachToken(f *testing.F) {
	f.Add("Kim Jong-un, 2024-10-08: \"U.S.\" (ssst) 3,5 don't")
	f.Fuzz(func(t *testing.T, s string) {
		var got, want []Span
		eachToken(s, func(a, b int) { got = append(got, Span{a, b}) })
		segmentTokens(s, func(a, b int) { want = append(want, Span{a, b}) })
		if !slices.Equal(got, want) {
			t.Errorf("eachToken(%q) = %v, want %v", s, got, want)
		}
	})
}

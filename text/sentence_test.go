package text

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentenceTexts returns the text of each span.
func sentenceTexts(s string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = sp.Text(s)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		rule string
		in   string
		want []string
	}{
		{"empty", "", []string{}},
		{"spaces only", "  \n\t ", []string{}},
		{"one without end mark", "Harga beras naik", []string{"Harga beras naik"}},
		{"id two sentences", "Harga beras naik. Warga mengeluh.",
			[]string{"Harga beras naik.", "Warga mengeluh."}},
		{"en question and exclamation", "Is it over? Not yet! They wait.",
			[]string{"Is it over?", "Not yet!", "They wait."}},
		{"newline always ends", "Paragraf pertama tanpa titik\nParagraf kedua.",
			[]string{"Paragraf pertama tanpa titik", "Paragraf kedua."}},
		{"newline after lower-case continuation", "Ia berkata.\ndan pergi", []string{"Ia berkata.", "dan pergi"}},
		{"crlf and blank lines", "Satu.\r\n\r\nDua.", []string{"Satu.", "Dua."}},
		{"id titles", "Prof. Dr. H. Ahmad hadir. Ia berbicara.",
			[]string{"Prof. Dr. H. Ahmad hadir.", "Ia berbicara."}},
		{"id hajjah and address", "Hj. Siti tinggal di Jl. Merdeka No. 5, Kec. Tebet, Kab. Bogor. Ia guru.",
			[]string{"Hj. Siti tinggal di Jl. Merdeka No. 5, Kec. Tebet, Kab. Bogor.", "Ia guru."}},
		{"id sdr bpk yth", "Yth. Bpk. Joko dan Sdr. Budi datang. Acara dimulai.",
			[]string{"Yth. Bpk. Joko dan Sdr. Budi datang.", "Acara dimulai."}},
		{"id dll mid sentence", "Beras, gula, dll. dijual murah. Warga antre.",
			[]string{"Beras, gula, dll. dijual murah.", "Warga antre."}},
		{"id dll at end", "Ada beras, gula, dsb. Semua murah.",
			[]string{"Ada beras, gula, dsb.", "Semua murah."}},
		{"id a.n. and u.p.", "Transfer a.n. Budi u.p. Bagian Keuangan. Terima kasih.",
			[]string{"Transfer a.n. Budi u.p. Bagian Keuangan.", "Terima kasih."}},
		{"id company tbk", "Saham PT Bank Central Asia Tbk. (BBCA) naik. Investor senang.",
			[]string{"Saham PT Bank Central Asia Tbk. (BBCA) naik.", "Investor senang."}},
		{"en titles", "Mr. Smith met Gen. Lee and Sen. Warren. They talked.",
			[]string{"Mr. Smith met Gen. Lee and Sen. Warren.", "They talked."}},
		{"en mrs ms st gov rep", "Mrs. Lee, Ms. Park, Gov. Newsom and Rep. Pelosi visited St. Louis. It rained.",
			[]string{"Mrs. Lee, Ms. Park, Gov. Newsom and Rep. Pelosi visited St. Louis.", "It rained."}},
		{"en u.s. and u.n.", "The U.S. Army and the U.N. Security Council met. Talks failed.",
			[]string{"The U.S. Army and the U.N. Security Council met.", "Talks failed."}},
		{"en months", "It began on Jan. 5 and ended Feb. 9. Nobody came.",
			[]string{"It began on Jan. 5 and ended Feb. 9.", "Nobody came."}},
		{"en a.m. p.m.", "The vote is at 9 a.m. on Monday. It ends at 5 p.m. Results follow.",
			[]string{"The vote is at 9 a.m. on Monday.", "It ends at 5 p.m.", "Results follow."}},
		{"initials", "Senator Daniel K. Inouye spoke. J.K. Rowling wrote.",
			[]string{"Senator Daniel K. Inouye spoke.", "J.K. Rowling wrote."}},
		{"decimal", "Nilainya 1.5 persen. Naik tipis.", []string{"Nilainya 1.5 persen.", "Naik tipis."}},
		{"time with period", "Gempa terjadi pukul 13.21 WIB. Warga panik.",
			[]string{"Gempa terjadi pukul 13.21 WIB.", "Warga panik."}},
		{"thousands", "Harganya Rp5.000. Murah.", []string{"Harganya Rp5.000.", "Murah."}},
		{"domain", "Menurut Kompas.com, banjir surut. Warga pulang.",
			[]string{"Menurut Kompas.com, banjir surut.", "Warga pulang."}},
		{"ellipsis dots", "Dia diam... Lalu pergi.", []string{"Dia diam...", "Lalu pergi."}},
		{"ellipsis char", "Dia diam… Lalu pergi.", []string{"Dia diam…", "Lalu pergi."}},
		{"ellipsis then lower case", "Dia diam... lalu pergi.", []string{"Dia diam... lalu pergi."}},
		{"closing curly quote", "“Kami siap,” katanya. “Kami menang.” Lalu ia pergi.",
			[]string{"“Kami siap,” katanya.", "“Kami menang.”", "Lalu ia pergi."}},
		{"closing straight quote", `He said "we won." Then he left.`,
			[]string{`He said "we won."`, "Then he left."}},
		{"closing single quote", "Ia menyebutnya ‘tidak adil.’ Hakim diam.",
			[]string{"Ia menyebutnya ‘tidak adil.’", "Hakim diam."}},
		{"quote then lower-case cue", "“Kami siap!” kata Budi. Ia tersenyum.",
			[]string{"“Kami siap!” kata Budi.", "Ia tersenyum."}},
		{"bracket after period", "Ia menang (lagi.) Semua bersorak.",
			[]string{"Ia menang (lagi.)", "Semua bersorak."}},
		{"next starts with quote", "Ia berkata. “Kami siap.”", []string{"Ia berkata.", "“Kami siap.”"}},
		{"next starts with digit", "Korban bertambah. 25 orang tewas.", []string{"Korban bertambah.", "25 orang tewas."}},
		{"list number", "1. Pertama kami datang. 2. Kedua kami pulang.",
			[]string{"1. Pertama kami datang.", "2. Kedua kami pulang."}},
		{"number at end", "Itu terjadi pada 2024. Kini berbeda.", []string{"Itu terjadi pada 2024.", "Kini berbeda."}},
		{"lower case after period", "Ia pergi. dan kembali.", []string{"Ia pergi. dan kembali."}},
		{"question exclamation run", "Benarkah?! Ya.", []string{"Benarkah?!", "Ya."}},
		{"no space after period", "Akhir.Awal baru.", []string{"Akhir.Awal baru."}},
		{"stray period joins", "Ia datang (AS). . Lalu pergi.", []string{"Ia datang (AS). .", "Lalu pergi."}},
		{"punctuation line stays", "Satu.\n***\nDua.", []string{"Satu.", "***", "Dua."}},
		{"trailing spaces trimmed", "  Satu.   Dua.  ", []string{"Satu.", "Dua."}},
	}
	for _, tt := range tests {
		got := sentenceTexts(tt.in, Sentences(tt.in))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Sentences(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}

// TestSentencesSeeds checks the seed articles: every line is at least one
// sentence, sentences never cross a line, and the count is logged.
func TestSentencesSeeds(t *testing.T) {
	for _, name := range seedNames(t) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		spans := Sentences(s)
		lines := 0
		for line := range strings.SplitSeq(s, "\n") {
			if strings.TrimSpace(line) != "" {
				lines++
			}
		}
		if len(spans) < lines {
			t.Errorf("Sentences(%s) = %d sentences, want at least %d (one a line)", name, len(spans), lines)
		}
		for _, sp := range spans {
			if strings.Contains(sp.Text(s), "\n") {
				t.Errorf("Sentences(%s): sentence %q crosses a line", name, sp.Text(s))
			}
		}
		t.Logf("%s: %d lines, %d sentences", name, lines, len(spans))
	}
}

// checkSpans reports spans that are out of bounds, empty, overlapping or
// out of order, or (for valid UTF-8) not on rune boundaries.
func checkSpans(t *testing.T, fn, s string, spans []Span) {
	t.Helper()
	prev := 0
	for _, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("%s(%q): bad span %v after %d (len %d)", fn, s, sp, prev, len(s))
		}
		if utf8.ValidString(s) && (!utf8.RuneStart(s[sp.Start]) || sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
			t.Fatalf("%s(%q): span %v not on rune boundaries", fn, s, sp)
		}
		prev = sp.End
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Prof. Dr. H. Ahmad hadir. Ia berbicara.\n“Kami siap,” katanya.")
	f.Add("The U.S. Army met at 9 a.m. Talks failed... Then? 1.5 13.21 WIB")
	f.Add("\xff\xfe. \x80A.\n\u2026 “’ ")
	f.Fuzz(func(t *testing.T, s string) {
		spans := Sentences(s)
		checkSpans(t, "Sentences", s, spans)
		for _, sp := range spans {
			if strings.Contains(sp.Text(s), "\n") {
				t.Fatalf("Sentences(%q): span %v crosses a newline", s, sp)
			}
		}
	})
}

package timex

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"
)

// filterTexts are small texts with what the filter and the year scan
// must get right: word boundaries, non-ASCII letters, broken UTF-8, text
// ends.
var filterTexts = []string{
	"Senin (12/6/2024) pukul 09.00 WIB, 3 hari lalu, sejak 2010 dan 1999.",
	"x2025 2025x _2020 2020_ 1899 2100 19999 (2024) 2024-06-18 12.2019",
	"mañana el miércoles 5 de marzo de 2011 a las 15.00 horas",
	"it's been 3 weeks since Nov. 6, 2012; the fall of 1999\nnext year",
	"se\xffhari \xe2\x80\x93 sepekan\xc2\xa0lalu 4 jam 30 menit",
	"2020", "19", "tahun", "",
}

func TestFindYears(t *testing.T) {
	re := regexp.MustCompile(`\b(?:19|20)\d\d\b`)
	texts := append(slices.Clone(filterTexts), mixedTexts(t)...)
	for _, s := range texts {
		var want [][2]int
		for _, loc := range re.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{loc[0], loc[1]})
		}
		if got := findYears(s); !slices.Equal(got, want) {
			t.Fatalf("findYears(%.60q) = %v, want %v", s, got, want)
		}
	}
}

// TestCandidates checks that the prefix filter never leaves out a rule
// that matches, at every word of real and mangled texts, in every
// language.
func TestCandidates(t *testing.T) {
	texts := append(slices.Clone(filterTexts), mixedTexts(t)...)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range slices.Clone(texts) {
		b := []byte(s)
		for range len(b) / 8 {
			b[rng.IntN(len(b))] = "0123456789 .,()-'\n\xe2\x80\x93\xc3\xb1aeisSTJ"[rng.IntN(29)]
		}
		texts = append(texts, string(b))
	}
	tried := 0
	for _, lang := range []string{"id", "en", "es", ""} {
		set := rulesFor(lang)
		for _, s := range texts {
			lc := lowerASCII(s)
			for pos := 0; pos < len(lc); pos++ {
				if !canStart(lc, pos) {
					continue
				}
				window := lc[pos:min(len(lc), pos+maxSpan)]
				cands := set.candidates(window)
				for i, r := range set.rules {
					if cands == nil || cands[i/64]&(1<<(i%64)) != 0 {
						continue
					}
					tried++
					if idx := r.re.FindStringIndex(window); idx != nil && idx[1] > 0 {
						t.Fatalf("%s: rule %s matches %.40q but the filter leaves it out", lang, r.name, window)
					}
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("the filter left out no rule anywhere")
	}
}

// mixedTexts returns up to 40 texts of the benchmark corpus, or none when
// it is absent.
func mixedTexts(t *testing.T) []string {
	bodies, err := benchCorpus()
	if err != nil {
		t.Logf("benchmark corpus: %v", err)
	}
	return bodies[:min(len(bodies), 40)]
}

// TestLastCue checks lastCue against the regular expressions it stands
// for, on every text before a word of real and made-up texts.
func TestLastCue(t *testing.T) {
	future := regexp.MustCompile(`\b(?:akan|bakal|hendak|rencananya|direncanakan|dijadwalkan|berencana|mendatang|will|'ll|shall|plans?\s+to|planned|scheduled|is\s+expected\s+to|are\s+expected\s+to|going\s+to|next|would|expected|due|until|through|begin|starting|effective)\b`)
	past := regexp.MustCompile(`\b(?:telah|sudah|sempat|tadi|lalu|silam|sejak|was|were|had|has|have|did|said|ago|last)\b`)
	texts := slices.Clone(filterTexts)
	if m := mixedTexts(t); len(m) > 10 {
		texts = append(texts, m[:10]...)
	}
	texts = append(texts, "we'll go; don't 'll it plans  to\tplan to_ is expected tomorrow, are expected\nto go; is expected to "+
		"going to2 going to akan2 _akan akan_ sudah'll telah\u00e9 willd will", "plans to", "'ll", "x'll", "is expected to")
	n := 0
	for _, s := range texts {
		lc := lowerASCII(s)
		for end := 0; end <= len(lc); end++ {
			for _, start := range []int{max(0, end-200), max(0, end-9)} {
				left := lc[start:end]
				if got, want := lastCue(left, futureCues), lastMatch(future, left); got != want {
					t.Fatalf("future cue in %q: %d, want %d", left, got, want)
				}
				if got, want := lastCue(left, pastCues), lastMatch(past, left); got != want {
					t.Fatalf("past cue in %q: %d, want %d", left, got, want)
				}
				n++
			}
		}
	}
	t.Logf("%d texts compared", n)
}

// FuzzCandidates checks that the prefix filter keeps every rule that
// matches at the start of any text.
func FuzzCandidates(f *testing.F) {
	for _, s := range filterTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lc := lowerASCII(s)
		for _, lang := range []string{"id", "en", "es"} {
			set := rulesFor(lang)
			cands := set.candidates(lc)
			if cands == nil {
				continue
			}
			for i, r := range set.rules {
				if cands[i/64]&(1<<(i%64)) != 0 {
					continue
				}
				if idx := r.re.FindStringIndex(lc); idx != nil && idx[1] > 0 {
					t.Fatalf("%s: rule %s matches %q but the filter leaves it out", lang, r.name, lc)
				}
			}
		}
	})
}

package eval

import (
	_ "embed"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/extract"
)

// gluedGoldTSV labels letter runs of id-news-rss-2025 as glued words (with
// the right cuts) or single words. It holds positions and hashes only.
//
//go:embed testdata/glued-gold.tsv
var gluedGoldTSV string

// GluedGoldToken is one labelled run of letters.
type GluedGoldToken struct {
	Split     string
	File, URL string
	Line      int // line of the article's text, from 1
	Offset    int // byte offset of the run in the line
	Length    int // byte length of the run
	Hash      string
	Cuts      []int // rune offsets of the right cuts; none for a single word
}

// ParseGluedGold reads the glued-word gold file: split, file, URL, line,
// byte offset, byte length, hash and cuts ("-" or comma-separated rune
// offsets), tab-separated; "#" starts a comment.
func ParseGluedGold(src string) ([]GluedGoldToken, error) {
	var toks []GluedGoldToken
	for n, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 || (f[0] != "dev" && f[0] != "test") {
			return nil, fmt.Errorf("parse glued gold: line %d: want split, file, url, line, offset, length, hash, cuts", n+1)
		}
		t := GluedGoldToken{Split: f[0], File: f[1], URL: f[2], Hash: f[6]}
		var err error
		if t.Line, err = strconv.Atoi(f[3]); err == nil {
			if t.Offset, err = strconv.Atoi(f[4]); err == nil {
				t.Length, err = strconv.Atoi(f[5])
			}
		}
		if err != nil || t.Line < 1 || t.Offset < 0 || t.Length < 1 {
			return nil, fmt.Errorf("parse glued gold: line %d: bad position", n+1)
		}
		if f[7] != "-" {
			for c := range strings.SplitSeq(f[7], ",") {
				k, err := strconv.Atoi(c)
				if err != nil || k < 1 {
					return nil, fmt.Errorf("parse glued gold: line %d: bad cut %q", n+1, c)
				}
				t.Cuts = append(t.Cuts, k)
			}
		}
		toks = append(toks, t)
	}
	return toks, nil
}

// insertedCuts aligns a line with its repaired form, which differs only by
// inserted spaces, and returns the rune offsets, counted from byte start of
// the line, of the spaces inserted inside the run line[start:end].
func insertedCuts(line, repaired string, start, end int) []int {
	var cuts []int
	i, j := 0, 0
	for j < len(repaired) {
		if i < len(line) && line[i] == repaired[j] {
			i++
			j++
			continue
		}
		if repaired[j] == ' ' && i > start && i < end {
			cuts = append(cuts, utf8.RuneCountInString(line[start:i]))
		}
		j++
	}
	return cuts
}

// Glued scores glued-word repair (extract.RepairGlued) on our labelled
// runs of letters from id-news-rss-2025. A glued run is repaired when the
// repair makes exactly the right cuts; precision is the share of changed
// runs that were changed exactly right, recall the share of glued runs
// repaired. Cut-level scores count single cuts. split is dev, test or all.
func Glued(dataDir, split string) (Report, error) {
	if split != "dev" && split != "test" && split != "all" {
		return Report{}, warta.Errorf(warta.ErrInvalid, "eval glued: split %q: want dev, test or all", split)
	}
	toks, err := ParseGluedGold(gluedGoldTSV)
	if err != nil {
		return Report{}, err
	}
	files := make(map[[2]string]bool)
	for _, t := range toks {
		files[[2]string{"id-news-rss-2025", t.File}] = true
	}
	byKey, _, err := readCleanDocs(dataDir, files)
	if err != nil {
		return Report{}, err
	}
	type counts struct{ n, glued, changed, right, cutTP, cutFP, cutFN, wholeKept, whole int }
	var parts = map[string]*counts{"dev": {}, "test": {}, "all": {}}
	verbose := os.Getenv("WARTA_EVAL_VERBOSE") != ""
	for _, t := range toks {
		doc, ok := byKey[[3]string{"id-news-rss-2025", t.File, t.URL}]
		if !ok {
			return Report{}, warta.Errorf(warta.ErrNotFound, "eval glued: %s has no record %s", t.File, t.URL)
		}
		lines := splitRawLines(doc.Text)
		if t.Line > len(lines) || t.Offset+t.Length > len(lines[t.Line-1]) {
			return Report{}, fmt.Errorf("eval glued: %s line %d: the run is past the text", t.URL, t.Line)
		}
		run := lines[t.Line-1][t.Offset : t.Offset+t.Length]
		if h := LineHash(run); h != t.Hash {
			return Report{}, fmt.Errorf("eval glued: %s line %d: the run hashes to %s, the gold says %s: the text changed", t.URL, t.Line, h, t.Hash)
		}
		// Repair the whole line, as the cleaner does, so that the run is
		// judged in its context (a hashtag, a handle), and read off the
		// spaces the repair put inside the run.
		got := insertedCuts(lines[t.Line-1], extract.RepairGlued(lines[t.Line-1]), t.Offset, t.Offset+t.Length)
		gotSet := make(map[int]bool, len(got))
		for _, c := range got {
			gotSet[c] = true
		}
		tp := 0
		for _, c := range t.Cuts {
			if gotSet[c] {
				tp++
			}
		}
		right := len(got) == len(t.Cuts) && tp == len(t.Cuts)
		for _, name := range []string{t.Split, "all"} {
			c := parts[name]
			c.n++
			c.cutTP += tp
			c.cutFP += len(got) - tp
			c.cutFN += len(t.Cuts) - tp
			if len(t.Cuts) > 0 {
				c.glued++
			} else {
				c.whole++
				if len(got) == 0 {
					c.wholeKept++
				}
			}
			if len(got) > 0 {
				c.changed++
				if right {
					c.right++
				}
			}
		}
		if verbose && !right && (split == "all" || t.Split == split) {
			fmt.Fprintf(os.Stderr, "glued %s: %q: got cuts %v, want %v\n", t.Split, run, got, t.Cuts)
		}
	}
	report := func(name string) Report {
		c := parts[name]
		p, _, _ := PRF(float64(c.right), float64(c.changed-c.right), 0)
		_, r, _ := PRF(float64(c.right), 0, float64(c.glued-c.right))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		cp, cr, cf := PRF(float64(c.cutTP), float64(c.cutFP), float64(c.cutFN))
		kept := 0.0
		if c.whole > 0 {
			kept = float64(c.wholeKept) / float64(c.whole)
		}
		return Report{Task: "glued", Data: name, Split: name, N: c.n, Metrics: map[string]float64{
			"precision": p, "recall": r, "f1": f, "cut_precision": cp, "cut_recall": cr, "cut_f1": cf,
			"glued": float64(c.glued), "single_words": float64(c.whole), "single_words_kept": kept,
		}}
	}
	r := report(split)
	r.Data = dataDir
	r.Notes = "glued-word repair, applied to whole lines, on our labelled letter runs from id-news-rss-2025 (eval/testdata/glued-gold.tsv): " +
		"precision = runs changed exactly right / runs changed, recall = glued runs repaired exactly right / glued runs"
	for _, name := range []string{"dev", "test"} {
		r.Parts = append(r.Parts, report(name))
	}
	return r, nil
}

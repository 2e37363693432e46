package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// zyteGold is one entry of the benchmark's ground-truth.json.
type zyteGold struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// extractZyte scores both variants on the article-extraction benchmark.
func extractZyte(dir string) (Report, error) {
	gold, err := readZyteGold(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return Report{}, fmt.Errorf("eval extract %s: %w", dir, err)
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	ids = strided(ids)
	pages := make([]page, len(ids))
	for i, id := range ids {
		b, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return Report{}, fmt.Errorf("eval extract %s: %w", dir, err)
		}
		pages[i] = page{name: id, url: gold[id].URL, html: b}
	}
	ex := extractPages(pages)
	var ours, raw []shingleCounts
	for i, id := range ids {
		ours = append(ours, zyteCounts(gold[id].ArticleBody, ex[i].warta))
		raw = append(raw, zyteCounts(gold[id].ArticleBody, ex[i].raw))
	}
	emptyOurs, emptyRaw := failures(ex)
	rep := Report{
		Task: "extract", Data: dir, Split: "test", N: len(ids), Metrics: zyteMetrics(ours),
		Notes: fmt.Sprintf("article body vs gold by the benchmark's evaluate.py: 4-gram shingles of \\w+ tokens, "+
			"per-page counts normalised to sum 1, precision and recall averaged over pages, F1 of the averages; "+
			"accuracy is the share of pages whose tokens equal the gold's. %d pages gave no text. "+
			"Published F1: go-trafilatura 0.960, trafilatura 0.958, go-readability 0.934.", emptyOurs),
	}
	rep.Parts = []Report{{
		Task: variantTrafilatura, Data: dir, Split: "test", N: len(ids), Metrics: zyteMetrics(raw),
		Notes: fmt.Sprintf("extract.HTMLRaw: go-trafilatura without Warta's cleaner; %d pages gave no text", emptyRaw),
	}}
	return rep, nil
}

// readZyteGold reads ground-truth.json.
func readZyteGold(path string) (map[string]zyteGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var gold map[string]zyteGold
	if err := json.Unmarshal(b, &gold); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("read %s: no pages", path)
	}
	return gold, nil
}

// readGzip reads a gzip-compressed file whole.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return b, nil
}

// shingleCounts are one page's true positives, false positives and false
// negatives over shingles, normalised to sum 1 (all zero when both texts
// are empty), and whether the token sequences are equal.
type shingleCounts struct {
	tp, fp, fn float64
	exact      bool
}

// zyteShingle is the length of the benchmark's shingles.
const zyteShingle = 4

// zyteCounts compares a predicted article body with the gold one as the
// benchmark's evaluate.py does: tokens are the runs of word characters
// (Python's \w: letters, numbers and "_"), shingles are the runs of four
// tokens (a text of fewer tokens is one shorter shingle), and each shingle
// counts as often as it occurs.
func zyteCounts(gold, pred string) shingleCounts {
	gt, pt := wordTokens(gold), wordTokens(pred)
	g, p := shingles(gt), shingles(pt)
	var c shingleCounts
	for k, n := range g {
		m := p[k]
		c.tp += float64(min(n, m))
		c.fn += float64(max(0, n-m))
	}
	for k, m := range p {
		c.fp += float64(max(0, m-g[k]))
	}
	if s := c.tp + c.fp + c.fn; s > 0 {
		c.tp, c.fp, c.fn = c.tp/s, c.fp/s, c.fn/s
	}
	c.exact = len(gt) == len(pt)
	for i := 0; c.exact && i < len(gt); i++ {
		c.exact = gt[i] == pt[i]
	}
	return c
}

// wordTokens returns the runs of letters, numbers and underscores of s.
func wordTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
}

// shingles counts the runs of zyteShingle tokens, joined by a space (no
// token holds one).
func shingles(tokens []string) map[string]int {
	m := make(map[string]int)
	if len(tokens) == 0 {
		return m
	}
	for i := 0; i < max(1, len(tokens)-zyteShingle+1); i++ {
		var b bytes.Buffer
		for j := i; j < i+zyteShingle && j < len(tokens); j++ {
			if j > i {
				b.WriteByte(' ')
			}
			b.WriteString(tokens[j])
		}
		m[b.String()]++
	}
	return m
}

// zyteMetrics averages the per-page scores as evaluate.py does: precision
// over the pages with predicted shingles, recall over the pages with gold
// ones, a page that matches exactly scoring 1 on both, and F1 from the two
// averages.
func zyteMetrics(pages []shingleCounts) map[string]float64 {
	var pSum, rSum float64
	var pN, rN, exact int
	for _, c := range pages {
		if c.exact {
			exact++
		}
		if c.tp+c.fp > 0 {
			pN++
			pSum += precisionScore(c)
		}
		if c.tp+c.fn > 0 {
			rN++
			rSum += recallScore(c)
		}
	}
	m := map[string]float64{}
	if pN > 0 {
		m["precision"] = pSum / float64(pN)
	}
	if rN > 0 {
		m["recall"] = rSum / float64(rN)
	}
	if p, r := m["precision"], m["recall"]; p+r > 0 {
		m["f1"] = 2 * p * r / (p + r)
	}
	if len(pages) > 0 {
		m["accuracy"] = float64(exact) / float64(len(pages))
	}
	return m
}

func precisionScore(c shingleCounts) float64 {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1
	case c.tp == 0 && c.fp == 0:
		return 0
	}
	return c.tp / (c.tp + c.fp)
}

func recallScore(c shingleCounts) float64 {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1
	case c.tp == 0 && c.fn == 0:
		return 0
	}
	return c.tp / (c.tp + c.fn)
}

package entity

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

// idnerDev is the development split of idner-news-2k (MIT licence), read at
// run time. Its test split is not used here: it is kept for reporting.
const idnerDev = "../../shared/data/idner-news-2k/dev.txt"

// idnerSentence is one sentence of the CoNLL file, joined with spaces, and
// its gold entities as byte spans of that text.
type idnerSentence struct {
	text string
	gold []warta.Entity
}

// readIDNER parses a CoNLL file of "token POS IOB-tag" lines.
func readIDNER(path string) ([]idnerSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read idner %s: %w", path, err)
	}
	defer f.Close()
	var out []idnerSentence
	var b strings.Builder
	var gold []warta.Entity
	open := -1
	flushEntity := func() {
		if open >= 0 {
			gold[len(gold)-1].End = b.Len()
			gold[len(gold)-1].Text = b.String()[gold[len(gold)-1].Start:]
			open = -1
		}
	}
	flush := func() {
		flushEntity()
		if b.Len() > 0 {
			out = append(out, idnerSentence{text: b.String(), gold: gold})
		}
		b.Reset()
		gold = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flush()
			continue
		}
		tok, tag := fields[0], fields[len(fields)-1]
		if !strings.HasPrefix(tag, "I-") {
			flushEntity()
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if strings.HasPrefix(tag, "B-") {
			typ := map[string]string{"PER": warta.EntityPerson, "ORG": warta.EntityOrg, "LOC": warta.EntityLoc}[tag[2:]]
			gold = append(gold, warta.Entity{Type: typ, Start: b.Len()})
			open = len(gold) - 1
		}
		b.WriteString(tok)
	}
	flush()
	return out, sc.Err()
}

// prf returns precision, recall and F1 from counts.
func prf(tp, npred, ngold int) (p, r, f float64) {
	if npred > 0 {
		p = float64(tp) / float64(npred)
	}
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestIDNERDev scores exact-span, exact-type entity F1 on the idner-news-2k
// dev split, one sentence at a time. The floor is the score observed when
// the rules were written, minus a margin: a drop below it is a regression.
func TestIDNERDev(t *testing.T) {
	sents, err := readIDNER(idnerDev)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("idner-news-2k not present at %s: skipping the NER measurement", idnerDev)
	}
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		start, end int
		typ        string
	}
	var tp, npred, ngold int
	byType := map[string][3]int{}
	for _, s := range sents {
		gold := map[key]bool{}
		for _, g := range s.gold {
			gold[key{g.Start, g.End, g.Type}] = true
			c := byType[g.Type]
			c[2]++
			byType[g.Type] = c
		}
		ngold += len(s.gold)
		for _, e := range Extract(s.text, "id") {
			npred++
			c := byType[e.Type]
			c[1]++
			if gold[key{e.Start, e.End, e.Type}] {
				tp++
				c[0]++
			}
			byType[e.Type] = c
		}
	}
	p, r, f := prf(tp, npred, ngold)
	t.Logf("idner-news-2k dev: %d sentences, %d gold, %d predicted: P %.3f R %.3f F1 %.3f", len(sents), ngold, npred, p, r, f)
	for _, typ := range []string{warta.EntityPerson, warta.EntityOrg, warta.EntityLoc} {
		c := byType[typ]
		p, r, f := prf(c[0], c[1], c[2])
		t.Logf("  %-6s P %.3f R %.3f F1 %.3f (gold %d)", typ, p, r, f, c[2])
	}
	const floor = 0.56 // observed 0.606 (train 0.636) on 2026-11-23
	if f < floor {
		t.Errorf("idner-news-2k dev F1 = %.3f, want >= %.2f", f, floor)
	}
}

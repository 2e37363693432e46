package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

// record is one output line, in field names warta ingest reads.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Body      string `json:"body"`
}

// recent is how many earlier articles a copy may be made of: a bounded
// window, so that memory does not grow with the output.
const recent = 4096

type generator struct {
	pool          *pool
	prefix        string
	r             *rand.Rand
	exact, near   float64
	window        []record
	exacts, nears int
}

func newGenerator(p *pool, prefix string, seed uint64, exact, near float64) *generator {
	return &generator{pool: p, prefix: prefix, r: rand.New(rand.NewPCG(seed, 0x5741525441)), exact: exact, near: near}
}

// next returns article i.
func (g *generator) next(i int) record {
	id := fmt.Sprintf("%s-%07d", g.prefix, i)
	var rec record
	switch x := g.r.Float64(); {
	case len(g.window) > 0 && x < g.exact:
		rec = g.window[g.r.IntN(len(g.window))]
		g.exacts++
	case len(g.window) > 0 && x < g.exact+g.near:
		rec = g.window[g.r.IntN(len(g.window))]
		rec.Body = g.edit(rec.Body)
		g.nears++
	default:
		rec = g.fresh()
	}
	rec.ID = id
	if rec.Outlet == "" || g.r.IntN(2) == 0 {
		rec.Outlet = g.pool.outlets[g.r.IntN(len(g.pool.outlets))]
	}
	rec.URL = "https://gen.example/" + strings.ReplaceAll(rec.Outlet, " ", "-") + "/" + id
	if len(g.window) < recent {
		g.window = append(g.window, rec)
	} else {
		g.window[g.r.IntN(recent)] = rec
	}
	return rec
}

// fresh perturbs a source article into a new one: some sentences swapped
// with their neighbours, a quarter replaced by sentences of other
// articles, names and numbers changed consistently within the article,
// and the date moved by up to a year.
func (g *generator) fresh() record {
	src := g.pool.sources[g.r.IntN(len(g.pool.sources))]
	sents := append([]string(nil), src.sentences...)
	for k := 0; k+1 < len(sents); k++ {
		if g.r.Float64() < 0.2 {
			sents[k], sents[k+1] = sents[k+1], sents[k]
		}
	}
	for k := range sents {
		if g.r.Float64() < 0.25 {
			other := g.pool.sources[g.r.IntN(len(g.pool.sources))]
			sents[k] = other.sentences[g.r.IntN(len(other.sentences))]
		}
	}
	names := make(map[string]string)
	body := g.rename(strings.Join(sents, " "), names)
	title := g.rename(src.title, names)
	published := src.published.AddDate(0, 0, g.r.IntN(730)-365)
	return record{Title: title, Outlet: src.outlet, Published: published.Format("2006-01-02"), Body: body}
}

// rename changes half of the names (capitalised words after a sentence's
// first) to other names of the pool, the same name the same way within
// one article, and most numbers to other numbers of as many digits.
func (g *generator) rename(s string, names map[string]string) string {
	words := strings.Fields(s)
	for k, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if core == "" {
			continue
		}
		switch {
		case k > 0 && len(core) >= 4 && isName(core):
			to, ok := names[core]
			if !ok {
				to = core
				if g.r.IntN(2) == 0 {
					to = g.pool.names[g.r.IntN(len(g.pool.names))]
				}
				names[core] = to
			}
			words[k] = strings.Replace(w, core, to, 1)
		case isDigits(core) && g.r.Float64() < 0.6:
			b := []byte(core)
			for j := range b {
				b[j] = byte('0' + g.r.IntN(10))
			}
			if b[0] == '0' && len(b) > 1 {
				b[0] = '1'
			}
			words[k] = strings.Replace(w, core, string(b), 1)
		}
	}
	return strings.Join(words, " ")
}

// edit makes a near copy: about one word in twenty replaced by a word from
// elsewhere in the text, and the last sentence dropped.
func (g *generator) edit(body string) string {
	words := strings.Fields(body)
	if len(words) < 40 {
		return body + " (diperbarui)"
	}
	for k := range words {
		if g.r.IntN(20) == 0 {
			words[k] = words[g.r.IntN(len(words))]
		}
	}
	out := strings.Join(words, " ")
	if i := strings.LastIndex(out[:len(out)-1], ". "); i > len(out)/2 {
		out = out[:i+1]
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

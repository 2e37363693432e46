package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/timex"
)

// timexSet is one TimeML data set and how its splits are laid out.
type timexSet struct {
	name   string
	lang   string
	splits map[string][]string // split -> directories under the set's root
}

var timexSets = []timexSet{
	{name: "indotimex", lang: "id", splits: map[string][]string{
		"test": {"dataset/Kompas_test_gold"},
		"dev":  {"dataset/kompas_development"}, // creation times only: no gold expressions
	}},
	{name: "tempeval3", lang: "en", splits: map[string][]string{
		"test":  {"data/TempEval3/Evaluation/te3-platinum"},
		"train": {"data/TempEval3/Training/TBAQ-cleaned/TimeBank", "data/TempEval3/Training/TBAQ-cleaned/AQUAINT"},
	}},
}

// Timex scores the temporal tagger on TimeML data: the IndoTimex gold set
// (Indonesian) or TempEval-3 (English). dataDir may be either set's folder
// or their parent, in which case each set is a Part and the top-level
// metrics pool the counts of both. split is "test" (the default: IndoTimex
// Kompas_test_gold, TempEval-3 platinum), "train" (TempEval-3 TBAQ) or
// "dev" (IndoTimex kompas_development, which has no gold expressions).
//
// The creation time of each document is given to the tagger as its anchor
// and is not scored. Metrics follow TempEval-3 (UzZaman et al. 2013):
// strict match needs the same extent, relaxed match any overlap (pairs are
// one to one); value_f1 counts a relaxed match as correct only when the
// values agree, over all system and all gold expressions, as the official
// scorer does; type_accuracy is the share of relaxed matches with the same
// type. Values are compared after dropping a time's UTC offset, since
// TimeML values carry local time.
func Timex(dataDir, split string) (Report, error) {
	if split == "" {
		split = "test"
	}
	var parts []Report
	var total timexCounts
	for _, set := range timexSets {
		root := ""
		switch {
		case isSetRoot(dataDir, set):
			root = dataDir
		case isSetRoot(filepath.Join(dataDir, set.name), set):
			root = filepath.Join(dataDir, set.name)
		default:
			continue
		}
		dirs, ok := set.splits[split]
		if !ok {
			continue
		}
		r, c, err := scoreTimexSet(root, set, dirs, split)
		if err != nil {
			return Report{}, err
		}
		parts = append(parts, r)
		total.add(c)
	}
	if len(parts) == 0 {
		return Report{}, warta.Errorf(warta.ErrInvalid, "eval timex: %s holds no IndoTimex or TempEval-3 %q split", dataDir, split)
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	return Report{Task: "timex", Data: dataDir, Split: split, N: total.docs, Metrics: total.metrics(), Parts: parts,
		Notes: "pooled counts of the parts; see each part for the data set's own scores"}, nil
}

func isSetRoot(dir string, set timexSet) bool {
	for _, ds := range set.splits {
		for _, d := range ds {
			if st, err := os.Stat(filepath.Join(dir, d)); err == nil && st.IsDir() {
				return true
			}
		}
	}
	return false
}

// timexCounts are the TempEval-3 counts over a set of documents.
type timexCounts struct {
	docs, gold, sys        int
	strict, relaxed, value int
	typeOK                 int
}

func (c *timexCounts) add(o timexCounts) {
	c.docs += o.docs
	c.gold += o.gold
	c.sys += o.sys
	c.strict += o.strict
	c.relaxed += o.relaxed
	c.value += o.value
	c.typeOK += o.typeOK
}

func (c timexCounts) metrics() map[string]float64 {
	m := map[string]float64{}
	put := func(name string, tp int) {
		p, r, f := PRF(float64(tp), float64(c.sys-tp), float64(c.gold-tp))
		m[name+"_precision"], m[name+"_recall"], m[name+"_f1"] = p, r, f
	}
	put("strict", c.strict)
	put("relaxed", c.relaxed)
	put("value", c.value)
	put("type", c.typeOK)
	if c.relaxed > 0 {
		m["type_accuracy"] = float64(c.typeOK) / float64(c.relaxed)
		m["value_accuracy"] = float64(c.value) / float64(c.relaxed)
	}
	m["gold"], m["system"] = float64(c.gold), float64(c.sys)
	return m
}

func scoreTimexSet(root string, set timexSet, dirs []string, split string) (Report, timexCounts, error) {
	var files []string
	for _, d := range dirs {
		fs, err := filepath.Glob(filepath.Join(root, d, "*.tml"))
		if err != nil {
			return Report{}, timexCounts{}, fmt.Errorf("eval timex: %w", err)
		}
		files = append(files, fs...)
	}
	sort.Strings(files)
	var c timexCounts
	for _, f := range files {
		doc, err := ReadTimeML(f)
		if err != nil {
			return Report{}, c, fmt.Errorf("eval timex: %w", err)
		}
		dc, _ := scoreTimexDoc(doc, set.lang)
		c.add(dc)
	}
	r := Report{Task: "timex", Data: root, Split: split, N: c.docs, Metrics: c.metrics(),
		Notes: set.name + ": TempEval-3 timex metrics; creation time given as anchor and not scored; values compared without UTC offsets"}
	return r, c, nil
}

// timexError is one disagreement between the tagger and the gold standard.
type timexError struct {
	Kind      string // "missed", "spurious", "value", "type", "extent"
	Gold, Sys string
}

// scoreTimexDoc tags one document and counts its matches.
func scoreTimexDoc(doc TimeMLDoc, lang string) (timexCounts, []timexError) {
	anchor, _ := time.Parse("2006-01-02", firstN(padDate(doc.DCT), 10))
	var tg timex.Tagger
	tg.Now = func() time.Time { return anchor }
	sys := tg.Tag(doc.Text, lang, anchor)
	c := timexCounts{docs: 1, gold: len(doc.Timexes), sys: len(sys)}
	var errs []timexError
	used := make([]bool, len(sys))
	for _, g := range doc.Timexes {
		best := -1
		for i, s := range sys {
			if used[i] || s.Start >= g.End || g.Start >= s.End {
				continue
			}
			if best < 0 || overlap(s, g) > overlap(sys[best], g) {
				best = i
			}
		}
		if best < 0 {
			errs = append(errs, timexError{Kind: "missed", Gold: describeGold(g)})
			continue
		}
		used[best] = true
		s := sys[best]
		c.relaxed++
		if s.Start == g.Start && s.End == g.End {
			c.strict++
		} else {
			errs = append(errs, timexError{Kind: "extent", Gold: describeGold(g), Sys: describeSys(s)})
		}
		if canonicalValue(s.Value) == canonicalValue(g.Value) {
			c.value++
		} else {
			errs = append(errs, timexError{Kind: "value", Gold: describeGold(g), Sys: describeSys(s)})
		}
		if s.Type == g.Type {
			c.typeOK++
		} else {
			errs = append(errs, timexError{Kind: "type", Gold: describeGold(g), Sys: describeSys(s)})
		}
	}
	for i, s := range sys {
		if !used[i] {
			errs = append(errs, timexError{Kind: "spurious", Sys: describeSys(s)})
		}
	}
	return c, errs
}

func overlap(s warta.Timex, g TimeMLTimex) int {
	return min(s.End, g.End) - max(s.Start, g.Start)
}

func describeGold(g TimeMLTimex) string { return fmt.Sprintf("%q %s %s", g.Text, g.Type, g.Value) }
func describeSys(s warta.Timex) string  { return fmt.Sprintf("%q %s %s", s.Text, s.Type, s.Value) }

// canonicalValue drops a time's UTC offset ("2014-12-28T07:24+07:00" and
// "2014-12-28T07:24" are the same local time) and upper-cases the value.
func canonicalValue(v string) string {
	v = strings.ToUpper(strings.TrimSpace(v))
	if i := strings.IndexByte(v, 'T'); i >= 0 && strings.Contains(v[i:], ":") {
		if j := strings.LastIndexAny(v, "+Z"); j > i {
			v = v[:j]
		} else if j := strings.LastIndexByte(v, '-'); j > i {
			v = v[:j]
		}
	}
	return v
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

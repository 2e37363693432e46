package eval

import (
	"bufio"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/extract"
	"github.com/warta-news/warta/ingest"
)

// cleanGoldTSV is our line-level cleaning gold set: which lines of real
// Indonesian articles are boilerplate. It holds labels and hashes only;
// the texts are read from the shared data at run time.
//
//go:embed testdata/clean-gold.tsv
var cleanGoldTSV string

// CleanGoldDoc is one article of the cleaning gold set.
type CleanGoldDoc struct {
	Source string // the data set's folder: "id-news-rss-2025" or "indosum-dev"
	File   string // the file under it, relative to the folder
	Key    string // the record's URL (id-news-rss-2025) or id (indosum-dev)
	Split  string // "dev" (tune on it) or "test" (report it)
	Lines  []CleanGoldLine
}

// CleanGoldLine labels one non-blank line of an article.
type CleanGoldLine struct {
	N           int    // the line's number in the article's text, from 1
	Hash        string // LineHash of the line, to catch texts that changed
	Boilerplate bool   // the line is boilerplate (else content)
	Note        string // the boilerplate family, for people
}

// LineHash is a short hash of a line with its spaces normalised: the gold
// set stores it instead of the text.
func LineHash(line string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(line), " ")))
	return hex.EncodeToString(sum[:4])
}

// ParseCleanGold reads a cleaning gold file. A "doc" line (doc, split,
// source, file, key, tab-separated) starts an article; each line after it
// is "N HASH LABEL [NOTE]" with LABEL "B" (boilerplate) or "C" (content).
// Lines starting with "#" are comments.
func ParseCleanGold(src string) ([]CleanGoldDoc, error) {
	var docs []CleanGoldDoc
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if f[0] == "doc" {
			if len(f) != 5 || (f[1] != "dev" && f[1] != "test") {
				return nil, fmt.Errorf("parse clean gold: line %d: want doc, dev|test, source, file, key", n)
			}
			docs = append(docs, CleanGoldDoc{Split: f[1], Source: f[2], File: f[3], Key: f[4]})
			continue
		}
		if len(docs) == 0 {
			return nil, fmt.Errorf("parse clean gold: line %d: label before the first doc line", n)
		}
		if len(f) < 3 || (f[2] != "B" && f[2] != "C") {
			return nil, fmt.Errorf("parse clean gold: line %d: want N, hash, B|C[, note]", n)
		}
		num, err := strconv.Atoi(f[0])
		if err != nil || num < 1 {
			return nil, fmt.Errorf("parse clean gold: line %d: bad line number %q", n, f[0])
		}
		gl := CleanGoldLine{N: num, Hash: f[1], Boilerplate: f[2] == "B"}
		if len(f) > 3 {
			gl.Note = f[3]
		}
		d := &docs[len(docs)-1]
		d.Lines = append(d.Lines, gl)
	}
	return docs, sc.Err()
}

// cleanSourceDir finds a gold source's folder: dataDir may be the shared
// data folder or the source folder itself.
func cleanSourceDir(dataDir, source string) string {
	if filepath.Base(filepath.Clean(dataDir)) == source {
		return dataDir
	}
	return filepath.Join(dataDir, source)
}

// readCleanDocs reads every record of the named files through the ingest
// reader, as warta ingest would, and returns the documents by source,
// file and key. The first record with a key wins: the RSS dump holds
// re-crawls of the same URL.
func readCleanDocs(dataDir string, files map[[2]string]bool) (map[[3]string]warta.Document, map[[2]string][]warta.Document, error) {
	byKey := make(map[[3]string]warta.Document)
	byFile := make(map[[2]string][]warta.Document)
	keys := make([][2]string, 0, len(files))
	for k := range files {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	rd := &ingest.Reader{}
	for _, k := range keys {
		path := filepath.Join(cleanSourceDir(dataDir, k[0]), k[1])
		st, err := os.Stat(path)
		if err != nil {
			return nil, nil, fmt.Errorf("eval clean: %w", err)
		}
		emit := func(doc warta.Document) error {
			key := doc.URL
			if k[0] == "indosum-dev" {
				key = doc.ID
			}
			id := [3]string{k[0], k[1], key}
			if _, ok := byKey[id]; !ok {
				byKey[id] = doc
			}
			byFile[k] = append(byFile[k], doc)
			return nil
		}
		if err := rd.Read(context.Background(), ingest.File{Path: path, Size: st.Size()}, emit, nil); err != nil {
			return nil, nil, fmt.Errorf("eval clean: %w", err)
		}
	}
	return byKey, byFile, nil
}

// splitRawLines splits text into lines the way the cleaner numbers them.
func splitRawLines(s string) []string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n").Replace(s)
	return strings.Split(s, "\n")
}

// cleanCounts are line counts of one run of the cleaner over gold articles.
type cleanCounts struct {
	docs, lines      int
	tp, fp, fn, tn   int // boilerplate as the positive class
	missed, wrongful []string
}

func (c *cleanCounts) add(o cleanCounts) {
	c.docs += o.docs
	c.lines += o.lines
	c.tp += o.tp
	c.fp += o.fp
	c.fn += o.fn
	c.tn += o.tn
	c.missed = append(c.missed, o.missed...)
	c.wrongful = append(c.wrongful, o.wrongful...)
}

func (c *cleanCounts) metrics() map[string]float64 {
	bp, br, bf := PRF(float64(c.tp), float64(c.fp), float64(c.fn))
	cp, cr, cf := PRF(float64(c.tn), float64(c.fn), float64(c.fp))
	return map[string]float64{
		"boilerplate_precision": bp, "boilerplate_recall": br, "boilerplate_f1": bf,
		"content_precision": cp, "content_recall": cr, "content_f1": cf,
		"lines": float64(c.lines), "boilerplate_lines": float64(c.tp + c.fn),
	}
}

// scoreCleanDoc compares the cleaner's verdicts on text with the gold
// labels of one article. A line the cleaner kept counts as content even
// when it cut a piece out of it (a glued link, a sign-off).
func scoreCleanDoc(d CleanGoldDoc, text string, verdicts []extract.LineVerdict) (cleanCounts, error) {
	raw := splitRawLines(text)
	dropped := make(map[int]string, len(verdicts))
	for _, v := range verdicts {
		if v.Reason != "" {
			dropped[v.Line] = v.Reason
		}
	}
	c := cleanCounts{docs: 1}
	for _, gl := range d.Lines {
		if gl.N > len(raw) {
			return c, fmt.Errorf("eval clean: %s: line %d is past the text's %d lines", d.Key, gl.N, len(raw))
		}
		if h := LineHash(raw[gl.N-1]); h != gl.Hash {
			return c, fmt.Errorf("eval clean: %s: line %d hashes to %s, the gold says %s: the text changed", d.Key, gl.N, h, gl.Hash)
		}
		c.lines++
		reason, drop := dropped[gl.N]
		switch {
		case gl.Boilerplate && drop:
			c.tp++
		case gl.Boilerplate:
			c.fn++
			c.missed = append(c.missed, fmt.Sprintf("%s:%d [%s] %s", d.Key, gl.N, gl.Note, clipLine(raw[gl.N-1])))
		case drop:
			c.fp++
			c.wrongful = append(c.wrongful, fmt.Sprintf("%s:%d [%s] %s", d.Key, gl.N, reason, clipLine(raw[gl.N-1])))
		default:
			c.tn++
		}
	}
	return c, nil
}

// clipLine shortens a line for a report.
func clipLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}

// cleanSourceFiles lists the files of a gold source whose records count as
// one batch for cross-article evidence: every file of the data set.
var cleanSourceFiles = map[string]string{
	"id-news-rss-2025": "*.csv",
	"indosum-dev":      "indosum/*.jsonl",
}

// Clean scores the plain-text cleaner on our Indonesian line-level gold
// set: per line, boilerplate or content. dataDir is the shared data folder.
// split is "dev", "test" or "all"; the report's metrics are the split's
// with cross-article evidence on, its parts each split and source, and
// the split again with rules alone. The evidence is counted, per outlet,
// over every record of the source's files, as an ingest of the whole data
// set would count it.
func Clean(dataDir, split string) (Report, error) {
	if split != "dev" && split != "test" && split != "all" {
		return Report{}, warta.Errorf(warta.ErrInvalid, "eval clean: split %q: want dev, test or all", split)
	}
	gold, err := ParseCleanGold(cleanGoldTSV)
	if err != nil {
		return Report{}, err
	}
	files := make(map[[2]string]bool)
	for _, d := range gold {
		files[[2]string{d.Source, d.File}] = true
	}
	for src, pattern := range cleanSourceFiles {
		paths, _ := filepath.Glob(filepath.Join(cleanSourceDir(dataDir, src), pattern))
		if len(paths) == 0 {
			return Report{}, warta.Errorf(warta.ErrNotFound, "eval clean: no %s files in %s", pattern, cleanSourceDir(dataDir, src))
		}
		for _, p := range paths {
			rel, _ := filepath.Rel(cleanSourceDir(dataDir, src), p)
			files[[2]string{src, filepath.ToSlash(rel)}] = true
		}
	}
	byKey, byFile, err := readCleanDocs(dataDir, files)
	if err != nil {
		return Report{}, err
	}
	rep := extract.NewRepeats()
	for _, docs := range byFile {
		for _, doc := range docs {
			rep.AddDocument(doc)
		}
	}
	type part struct{ split, source string }
	withRep := make(map[part]*cleanCounts)
	rulesOnly := make(map[part]*cleanCounts)
	at := func(m map[part]*cleanCounts, p part) *cleanCounts {
		if m[p] == nil {
			m[p] = &cleanCounts{}
		}
		return m[p]
	}
	for _, d := range gold {
		doc, ok := byKey[[3]string{d.Source, d.File, d.Key}]
		if !ok {
			return Report{}, warta.Errorf(warta.ErrNotFound, "eval clean: %s %s has no record %s", d.Source, d.File, d.Key)
		}
		for _, run := range []struct {
			m   map[part]*cleanCounts
			opt extract.Options
		}{
			{withRep, extract.Options{Repeats: rep, Outlet: extract.OutletKey(doc)}},
			{rulesOnly, extract.Options{}},
		} {
			_, verdicts := extract.TextLines(doc.Text, run.opt)
			c, err := scoreCleanDoc(d, doc.Text, verdicts)
			if err != nil {
				return Report{}, err
			}
			for _, p := range []part{{d.Split, ""}, {d.Split, d.Source}, {"all", ""}} {
				at(run.m, p).add(c)
			}
		}
	}
	main := at(withRep, part{split, ""})
	r := Report{Task: "clean", Data: dataDir, Split: split, N: main.docs, Metrics: main.metrics(),
		Notes: "line-level boilerplate vs content on our Indonesian gold set (" + strconv.Itoa(len(gold)) +
			" articles from id-news-rss-2025 and indosum-dev, labels in eval/testdata/clean-gold.tsv); " +
			"cross-article evidence counted per outlet over each data set"}
	var keys []part
	for p := range withRep {
		if p.split != "all" {
			keys = append(keys, p)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].split != keys[j].split {
			return keys[i].split < keys[j].split
		}
		return keys[i].source < keys[j].source
	})
	for _, p := range keys {
		c := withRep[p]
		name := p.split
		if p.source != "" {
			name += " " + p.source
		}
		r.Parts = append(r.Parts, Report{Task: "clean", Data: name, Split: p.split, N: c.docs, Metrics: c.metrics()})
	}
	ro := at(rulesOnly, part{split, ""})
	r.Parts = append(r.Parts, Report{Task: "clean", Data: "rules only, no cross-article evidence", Split: split, N: ro.docs, Metrics: ro.metrics()})
	if os.Getenv("WARTA_EVAL_VERBOSE") != "" {
		for _, s := range main.missed {
			fmt.Fprintln(os.Stderr, "missed:", s)
		}
		for _, s := range main.wrongful {
			fmt.Fprintln(os.Stderr, "wrongly dropped:", s)
		}
	}
	return r, nil
}

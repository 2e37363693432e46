package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/warta-news/warta"
)

// devGoldDir is where the IndoTimex development texts live under the set's root.
const devGoldDir = "dataset/kompas_development"

// TimexDevGold scores the tagger on our own annotation of IndoTimex
// development documents. dataDir is the IndoTimex folder, its parent, or
// the kompas_development folder itself; goldPath is a tab-separated label
// file (see ParseTimexGold). Only documents named in the gold file are
// scored, with the same metrics as Timex. The texts are read at run time
// and each label's text column is checked against them, so labels that no
// longer fit their text are an error rather than silent misses.
func TimexDevGold(dataDir, goldPath string) (Report, error) {
	dir := firstDir(dataDir, filepath.Join(dataDir, devGoldDir), filepath.Join(dataDir, "indotimex", devGoldDir))
	src, err := os.ReadFile(goldPath)
	if err != nil {
		return Report{}, fmt.Errorf("eval timex dev gold: %w", err)
	}
	gold, err := ParseTimexGold(string(src))
	if err != nil {
		return Report{}, fmt.Errorf("eval timex dev gold %s: %w", goldPath, err)
	}
	if len(gold) == 0 {
		return Report{}, warta.Errorf(warta.ErrInvalid, "eval timex dev gold: %s labels no documents", goldPath)
	}
	docs, err := devGoldDocs(dir, gold)
	if err != nil {
		return Report{}, err
	}
	return scoreOwnGold(docs, dir, "dev-gold", "IndoTimex development documents", goldPath), nil
}

// scoreOwnGold scores Indonesian documents that carry our own TIMEX3 labels
// and reports them as split; what names the texts they come from.
func scoreOwnGold(docs []TimeMLDoc, dir, split, what, goldPath string) Report {
	var c timexCounts
	for _, doc := range docs {
		dc, _ := scoreTimexDoc(doc, "id")
		c.add(dc)
	}
	return Report{Task: "timex", Data: dir, Split: split, N: c.docs, Metrics: c.metrics(),
		Notes: what + " with our own TIMEX3 labels (" + filepath.Base(goldPath) +
			"); TempEval-3 timex metrics; creation date given as anchor and not scored"}
}

// firstDir returns the first of dirs that is a directory, else fallback.
func firstDir(fallback string, dirs ...string) string {
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return fallback
}

// devGoldDocs reads the documents the gold labels name, replaces their
// (absent) annotations with the labels and checks each label's text.
func devGoldDocs(dir string, gold map[string][]TimeMLTimex) ([]TimeMLDoc, error) {
	names := make([]string, 0, len(gold))
	for name := range gold {
		names = append(names, name)
	}
	sort.Strings(names)
	docs := make([]TimeMLDoc, 0, len(names))
	for _, name := range names {
		doc, err := ReadTimeML(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("eval timex dev gold: %w", err)
		}
		doc.DCT = padDate(doc.DCT)
		doc.Timexes = gold[name]
		for i := range doc.Timexes {
			t := &doc.Timexes[i]
			if t.End > len(doc.Text) {
				return nil, fmt.Errorf("eval timex dev gold: %s: label %q at %d-%d runs past the text's %d bytes", name, t.Text, t.Start, t.End, len(doc.Text))
			}
			if got := doc.Text[t.Start:t.End]; got != t.Text {
				return nil, fmt.Errorf("eval timex dev gold: %s: label at %d-%d reads %q in the text, want %q", name, t.Start, t.End, got, t.Text)
			}
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// ParseTimexGold parses a timex label file: one label a line with the
// tab-separated columns file, start, end, type, value and text, where file
// is a TimeML file name (or, for news gold, an article URL), start and end
// are byte offsets into the document's text, and text is the labelled
// span, kept as a check. Blank lines and lines starting with '#' are
// skipped, and so are creation-time rows (type DCT, see TimexNewsGold).
// Labels are returned by file, in text order; overlapping labels in one
// file are an error.
func ParseTimexGold(src string) (map[string][]TimeMLTimex, error) {
	gold, _, err := parseTimexGold(src)
	return gold, err
}

// parseTimexGold parses a label file and also returns its creation-time
// rows: "file 0 0 DCT value" with an empty text, one per document.
func parseTimexGold(src string) (map[string][]TimeMLTimex, map[string]string, error) {
	gold := map[string][]TimeMLTimex{}
	dcts := map[string]string{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, nil, fmt.Errorf("parse timex gold: line %d has %d columns, want 6", n+1, len(f))
		}
		if f[3] == "DCT" {
			if f[0] == "" || f[4] == "" || f[5] != "" {
				return nil, nil, fmt.Errorf("parse timex gold: line %d: a DCT row needs a file and a value and no text", n+1)
			}
			if _, dup := dcts[f[0]]; dup {
				return nil, nil, fmt.Errorf("parse timex gold: line %d: second DCT for %s", n+1, f[0])
			}
			dcts[f[0]] = f[4]
			continue
		}
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			return nil, nil, fmt.Errorf("parse timex gold: line %d: bad offsets %q-%q", n+1, f[1], f[2])
		}
		if f[0] == "" || f[3] == "" || f[4] == "" {
			return nil, nil, fmt.Errorf("parse timex gold: line %d: empty file, type or value", n+1)
		}
		switch f[3] {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			return nil, nil, fmt.Errorf("parse timex gold: line %d: type %q is not DATE, TIME, DURATION, SET or DCT", n+1, f[3])
		}
		if end-start != len(f[5]) {
			return nil, nil, fmt.Errorf("parse timex gold: line %d: text %q is %d bytes, offsets span %d", n+1, f[5], len(f[5]), end-start)
		}
		gold[f[0]] = append(gold[f[0]], TimeMLTimex{Text: f[5], Type: f[3], Value: f[4], Start: start, End: end})
	}
	for name, ts := range gold {
		sort.Slice(ts, func(i, j int) bool { return ts[i].Start < ts[j].Start })
		for i := 1; i < len(ts); i++ {
			if ts[i].Start < ts[i-1].End {
				return nil, nil, fmt.Errorf("parse timex gold: %s: labels %q and %q overlap", name, ts[i-1].Text, ts[i].Text)
			}
		}
	}
	return gold, dcts, nil
}

// padDate zero-pads the month and day of a creation time written
// "2013-12-4", as some IndoTimex files do, so that it parses as a date.
func padDate(dct string) string {
	head, rest := dct, ""
	if i := strings.IndexByte(dct, 'T'); i >= 0 {
		head, rest = dct[:i], dct[i:]
	}
	p := strings.Split(head, "-")
	if len(p) != 3 {
		return dct
	}
	for i := 1; i < 3; i++ {
		if len(p[i]) == 1 {
			p[i] = "0" + p[i]
		}
	}
	return strings.Join(p, "-") + rest
}

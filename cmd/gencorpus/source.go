package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/text"
)

// source is one real article, split into sentences.
type source struct {
	title     string
	outlet    string
	published time.Time
	sentences []string
}

// pool is every source article and the capitalised words (names) seen in
// them, for replacement.
type pool struct {
	sources []source
	names   []string
	outlets []string
}

// readPool reads both corpora. A missing directory is an error: the
// generator has nothing else to perturb.
func readPool(rssDir, indosumDir string) (*pool, error) {
	p := &pool{}
	names := make(map[string]bool)
	outlets := make(map[string]bool)
	add := func(s source) {
		if len(s.sentences) < 3 {
			return
		}
		for _, sent := range s.sentences {
			for _, w := range strings.Fields(sent)[1:] {
				w = strings.Trim(w, ".,;:!?\"'()“”")
				if len(w) >= 4 && isName(w) {
					names[w] = true
				}
			}
		}
		outlets[s.outlet] = true
		p.sources = append(p.sources, s)
	}
	csvs, err := filepath.Glob(filepath.Join(rssDir, "*.csv"))
	if err != nil || len(csvs) == 0 {
		return nil, fmt.Errorf("no CSV files in %s", rssDir)
	}
	seen := make(map[string]bool)
	for _, path := range csvs {
		if err := readCSV(path, seen, add); err != nil {
			return nil, err
		}
	}
	jsonls, err := filepath.Glob(filepath.Join(indosumDir, "indosum", "*.jsonl"))
	if err != nil || len(jsonls) == 0 {
		return nil, fmt.Errorf("no JSONL files in %s/indosum", indosumDir)
	}
	for _, path := range jsonls {
		if err := readIndoSum(path, seen, add); err != nil {
			return nil, err
		}
	}
	for n := range names {
		p.names = append(p.names, n)
	}
	sort.Strings(p.names)
	for o := range outlets {
		p.outlets = append(p.outlets, o)
	}
	sort.Strings(p.outlets)
	return p, nil
}

func isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return strings.ToUpper(w) != w
}

// readCSV reads the RSS crawl: sumber, url, judul, author,
// tanggal_publikasi, isi_berita; each URL once.
func readCSV(path string, seen map[string]bool, add func(source)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	base := time.Date(2025, 6, 18, 8, 0, 0, 0, time.UTC)
	for first := true; ; first = false {
		rec, err := r.Read()
		if err != nil {
			if err.Error() == "EOF" {
				return nil
			}
			return fmt.Errorf("%s: %w", path, err)
		}
		if first || len(rec) < 6 || seen[rec[1]] {
			continue
		}
		seen[rec[1]] = true
		add(source{title: rec[2], outlet: rec[0], published: base, sentences: sentences(rec[5])})
	}
}

// readIndoSum reads IndoSum's tokenised JSONL, joining the tokens back
// into text; the id's leading Unix time is the publication time.
func readIndoSum(path string, seen map[string]bool, add func(source)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct {
			ID         string       `json:"id"`
			Paragraphs [][][]string `json:"paragraphs"`
			Source     string       `json:"source"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || seen[rec.ID] {
			continue
		}
		seen[rec.ID] = true
		var sents []string
		for _, para := range rec.Paragraphs {
			for _, toks := range para {
				if s := detokenize(toks); s != "" {
					sents = append(sents, s)
				}
			}
		}
		published := time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC)
		if ts, _, ok := strings.Cut(rec.ID, "-"); ok {
			if sec, err := strconv.ParseInt(ts, 10, 64); err == nil {
				published = time.Unix(sec, 0).UTC()
			}
		}
		if len(sents) > 0 {
			add(source{title: sents[0], outlet: rec.Source, published: published, sentences: sents[1:]})
		}
	}
	return sc.Err()
}

// detokenize joins tokens with spaces, without a space before closing
// punctuation or after opening brackets and quotes.
func detokenize(toks []string) string {
	var b strings.Builder
	open := false
	for _, t := range toks {
		if b.Len() > 0 && !open && !strings.ContainsAny(t[:1], ".,;:!?)%”'") {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		open = t == "(" || t == "“" || t == "\""
	}
	return strings.TrimSpace(b.String())
}

// sentences splits a body into its sentences, as the text stage sees them.
func sentences(body string) []string {
	var out []string
	for _, sp := range text.Sentences(body) {
		if s := strings.TrimSpace(body[sp.Start:sp.End]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

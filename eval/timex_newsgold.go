package eval

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/warta-news/warta"
)

// newsGoldDir is the folder of the Indonesian RSS dump under the shared data root.
const newsGoldDir = "id-news-rss-2025"

// TimexNewsGold scores the tagger on our own TIMEX3 labels for articles of
// the id-news-rss-2025 dump: disasters, accidents, court cases, sport
// fixtures, politics and the economy, chosen because the IndoTimex
// development texts are all about the oil price. dataDir is the dump's
// folder or its parent; goldPath is a label file in the ParseTimexGold
// format whose file column is the article URL and which holds one DCT row
// per article (the creation date, read by us from tanggal_publikasi). The
// article text (isi_berita of the first row with that URL) is read at run
// time, and every label's text is checked against it.
func TimexNewsGold(dataDir, goldPath string) (Report, error) {
	dir := firstDir(dataDir, filepath.Join(dataDir, newsGoldDir))
	docs, err := newsGoldDocs(dir, goldPath, articleTexts)
	if err != nil {
		return Report{}, err
	}
	return scoreOwnGold(docs, dir, "news-gold", "id-news-rss-2025 articles", goldPath), nil
}

// TimexIndoSumGold scores the tagger on our own TIMEX3 labels for IndoSum
// development articles (disasters and search-and-rescue stories of
// 2016–2018). dataDir is the indosum-dev folder, its indosum subfolder or
// the shared data root; goldPath is a label file like TimexNewsGold's
// whose file column is the IndoSum id. An article's text is its tokenised
// paragraphs joined by newlines, with sentences and tokens joined by
// spaces; its DCT row holds the UTC date of the id's Unix timestamp.
func TimexIndoSumGold(dataDir, goldPath string) (Report, error) {
	dir := firstDir(dataDir, filepath.Join(dataDir, "indosum"), filepath.Join(dataDir, "indosum-dev", "indosum"))
	docs, err := newsGoldDocs(dir, goldPath, indoSumTexts)
	if err != nil {
		return Report{}, err
	}
	return scoreOwnGold(docs, dir, "indosum-gold", "IndoSum dev articles", goldPath), nil
}

// indoSumTexts returns the detokenised-by-spaces text of each wanted
// IndoSum id, from the *.jsonl files in dir.
func indoSumTexts(dir string, want map[string]string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no jsonl files in %s", dir)
	}
	sort.Strings(files)
	out := map[string]string{}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(src), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			var rec struct {
				ID         string       `json:"id"`
				Paragraphs [][][]string `json:"paragraphs"`
			}
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				return nil, fmt.Errorf("read %s: %w", path, err)
			}
			if _, ok := want[rec.ID]; !ok {
				continue
			}
			if _, seen := out[rec.ID]; seen {
				continue
			}
			paras := make([]string, len(rec.Paragraphs))
			for i, p := range rec.Paragraphs {
				sents := make([]string, len(p))
				for j, toks := range p {
					sents[j] = strings.Join(toks, " ")
				}
				paras[i] = strings.Join(sents, " ")
			}
			out[rec.ID] = strings.Join(paras, "\n")
		}
	}
	return out, nil
}

// newsGoldDocs reads the labelled articles as TimeML documents, their
// texts coming from load.
func newsGoldDocs(dir, goldPath string, load func(dir string, want map[string]string) (map[string]string, error)) ([]TimeMLDoc, error) {
	src, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, fmt.Errorf("eval timex news gold: %w", err)
	}
	gold, dcts, err := parseTimexGold(string(src))
	if err != nil {
		return nil, fmt.Errorf("eval timex news gold %s: %w", goldPath, err)
	}
	if len(dcts) == 0 {
		return nil, warta.Errorf(warta.ErrInvalid, "eval timex news gold: %s labels no documents", goldPath)
	}
	texts, err := load(dir, dcts)
	if err != nil {
		return nil, fmt.Errorf("eval timex news gold: %w", err)
	}
	urls := make([]string, 0, len(dcts))
	for u := range dcts {
		urls = append(urls, u)
	}
	for u := range gold {
		if _, ok := dcts[u]; !ok {
			return nil, fmt.Errorf("eval timex news gold: %s has labels but no DCT row", u)
		}
	}
	sort.Strings(urls)
	docs := make([]TimeMLDoc, 0, len(urls))
	for _, u := range urls {
		text, ok := texts[u]
		if !ok {
			return nil, fmt.Errorf("eval timex news gold: article %s not in %s", u, dir)
		}
		doc := TimeMLDoc{Name: u, DCT: dcts[u], Text: text, Timexes: gold[u]}
		for _, t := range doc.Timexes {
			if t.End > len(text) {
				return nil, fmt.Errorf("eval timex news gold: %s: label %q at %d-%d runs past the text's %d bytes", u, t.Text, t.Start, t.End, len(text))
			}
			if got := text[t.Start:t.End]; got != t.Text {
				return nil, fmt.Errorf("eval timex news gold: %s: label at %d-%d reads %q in the text, want %q", u, t.Start, t.End, got, t.Text)
			}
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// articleTexts returns isi_berita for each wanted URL from the first row
// that carries it, reading the dump's CSV files in name order.
func articleTexts(dir string, want map[string]string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no csv files in %s", dir)
	}
	sort.Strings(files)
	out := map[string]string{}
	for _, path := range files {
		if err := readArticles(path, want, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func readArticles(path string, want, out map[string]string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	urlCol, textCol := -1, -1
	for i, h := range head {
		switch strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) {
		case "url":
			urlCol = i
		case "isi_berita":
			textCol = i
		}
	}
	if urlCol < 0 || textCol < 0 {
		return fmt.Errorf("read %s: no url or isi_berita column", path)
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if urlCol >= len(rec) || textCol >= len(rec) {
			continue
		}
		u := rec[urlCol]
		if _, ok := want[u]; !ok {
			continue
		}
		if _, seen := out[u]; !seen {
			out[u] = rec[textCol]
		}
	}
}

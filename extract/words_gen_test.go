package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// go test ./extract -run TestWordList -words.update rebuilds
// lexicon/id-words.txt.gz from IndoSum (CC BY-SA 4.0) and idner-news-2k
// (MIT) under ../shared/data: every alphabetic word (parts of hyphenated
// words apart) that occurs at least minListedCount times, lower-cased, with
// its count.
var updateWords = flag.Bool("words.update", false, "rebuild lexicon/id-words.txt.gz from ../shared/data")

const minListedCount = 2

func TestWordList(t *testing.T) {
	if !*updateWords {
		t.Skip("run with -words.update to rebuild the word list")
	}
	counts := make(map[string]int)
	addToken := func(tok string) {
		for w := range strings.FieldsFuncSeq(tok, func(r rune) bool { return r == '-' || r == '/' }) {
			ok := w != ""
			for _, r := range w {
				ok = ok && unicode.IsLetter(r)
			}
			if ok {
				counts[strings.ToLower(w)]++
			}
		}
	}
	data := "../../shared/data"
	files, _ := filepath.Glob(filepath.Join(data, "indosum-dev", "indosum", "*.jsonl"))
	if len(files) == 0 {
		t.Fatalf("no IndoSum files under %s", data)
	}
	seen := make(map[string]bool)
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var rec struct {
				ID         string       `json:"id"`
				Paragraphs [][][]string `json:"paragraphs"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if seen[rec.ID] {
				continue // the folds repeat some articles
			}
			seen[rec.ID] = true
			for _, p := range rec.Paragraphs {
				for _, s := range p {
					for _, tok := range s {
						addToken(tok)
					}
				}
			}
		}
		fh.Close()
	}
	for _, split := range []string{"train", "dev", "test"} {
		b, err := os.ReadFile(filepath.Join(data, "idner-news-2k", split+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			if f := strings.Fields(line); len(f) > 0 {
				addToken(f[0])
			}
		}
	}
	words := make([]string, 0, len(counts))
	for w, n := range counts {
		if n >= minListedCount {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	fmt.Fprintf(zw, "# Indonesian word counts from IndoSum (Kurniawan & Louvan 2018, CC BY-SA 4.0) and idner-news-2k (MIT); see docs/quality.md\n")
	for _, w := range words {
		fmt.Fprintf(zw, "%s\t%d\n", w, counts[w])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("lexicon", "id-words.txt.gz"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d words from %d IndoSum articles and idner-news-2k", len(words), len(seen))
}

package lang

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// dataDir is the shared evaluation data, read at run time and never copied.
const dataDir = "../../shared/data"

// corpusFloor is the accuracy every corpus must reach.
const corpusFloor = 0.98

// maxPerCorpus bounds the documents read from each corpus, to keep the
// test quick.
const maxPerCorpus = 600

// TestDetectCorpora measures Detect on real text in one language and logs
// the accuracy; it fails under corpusFloor.
func TestDetectCorpora(t *testing.T) {
	corpora := []struct {
		name string
		want string
		load func(t *testing.T) []string
	}{
		{"seeds", Indonesian, loadSeeds},
		{"id-news-rss-2025", Indonesian, loadRSS},
		{"indosum-dev", Indonesian, loadIndoSum},
		{"polnear", English, loadPolNeAR},
		{"ml-crisis-tls-es", Spanish, loadMLCrisisES},
	}
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			docs := c.load(t)
			if len(docs) == 0 {
				t.Skipf("no documents for %s under %s", c.name, dataDir)
			}
			right, und, linguaRight := 0, 0, 0
			wrong := map[string]int{}
			var ratios []float64
			for _, doc := range docs {
				got := detector.Detect(doc)
				switch got {
				case c.want:
					right++
				case Undetermined:
					und++
				default:
					wrong[got]++
				}
				if detector.linguaSays(prefix(doc, lexiconBytes)) == c.want {
					linguaRight++
				}
				ev := readEvidence(prefix(doc, lexiconBytes))
				own, rival := ev.idm, ev.en
				switch c.want {
				case English:
					own, rival = ev.en, ev.idm
				case Spanish:
					own, rival = ev.es, max(ev.en, ev.idm, ev.romance)
				}
				if own > 0 {
					ratios = append(ratios, float64(rival)/float64(own))
				}
				if got != c.want && testing.Verbose() {
					t.Logf("%s: got %q on %.160q (%+v)", c.name, got, doc, ev)
				}
			}
			sort.Float64s(ratios)
			acc := float64(right) / float64(len(docs))
			t.Logf("%s: %d docs, accuracy %.4f, und %d, wrong %v; lingua alone on a %d-byte sample %.4f; rival/own function-word ratio p50 %.3f p99 %.3f max %.3f",
				c.name, len(docs), acc, und, wrong, linguaBytes, float64(linguaRight)/float64(len(docs)),
				quantile(ratios, 0.5), quantile(ratios, 0.99), quantile(ratios, 1))
			if acc < corpusFloor {
				t.Errorf("Detect accuracy on %s = %.4f, want >= %.2f", c.name, acc, corpusFloor)
			}
		})
	}
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[int(q*float64(len(sorted)-1))]
}

// loadMLCrisisES reads the Spanish ML-Crisis articles (scraped pages,
// navigation and all), every other one in path order, up to maxPerCorpus.
func loadMLCrisisES(t *testing.T) []string {
	files, _ := filepath.Glob(filepath.Join(dataDir, "ml-crisis-tls", "es", "*", "*", "*.txt"))
	sort.Strings(files)
	var docs []string
	for i := 0; i < len(files) && len(docs) < maxPerCorpus; i += 2 {
		b, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	return docs
}

func loadSeeds(t *testing.T) []string {
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	var docs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	return docs
}

// loadRSS reads article bodies (column isi_berita) from the CSV files, an
// equal share from each, one URL once, skipping bodies under 200 bytes
// (scraper failures).
func loadRSS(t *testing.T) []string {
	files, _ := filepath.Glob(filepath.Join(dataDir, "id-news-rss-2025", "*.csv"))
	seen := map[string]bool{}
	var docs []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bufio.NewReader(fh))
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		header := true
		quota := len(docs) + maxPerCorpus/len(files) // an equal share from each day
		for len(docs) < quota {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue
			}
			if header {
				header = false
				continue
			}
			if len(rec) < 6 || seen[rec[1]] || len(rec[5]) < 200 {
				continue
			}
			seen[rec[1]] = true
			docs = append(docs, rec[5])
		}
		fh.Close()
	}
	return docs
}

// loadIndoSum reads IndoSum articles, joining their tokens with spaces.
func loadIndoSum(t *testing.T) []string {
	files, _ := filepath.Glob(filepath.Join(dataDir, "indosum-dev", "indosum", "*.jsonl"))
	var docs []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() && len(docs) < maxPerCorpus {
			var rec struct {
				Paragraphs [][][]string `json:"paragraphs"`
			}
			if json.Unmarshal(sc.Bytes(), &rec) != nil {
				continue
			}
			var b strings.Builder
			for _, p := range rec.Paragraphs {
				for _, s := range p {
					b.WriteString(strings.Join(s, " "))
					b.WriteByte(' ')
				}
				b.WriteByte('\n')
			}
			docs = append(docs, b.String())
		}
		fh.Close()
	}
	return docs
}

func loadPolNeAR(t *testing.T) []string {
	var docs []string
	for _, split := range []string{"dev", "test", "train"} {
		files, _ := filepath.Glob(filepath.Join(dataDir, "polnear", "data", split, "text", "*.txt"))
		for _, f := range files {
			if len(docs) >= maxPerCorpus {
				return docs
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, string(b))
		}
	}
	return docs
}

// TestDetectSpanishSentences detects the language of single sentences: the
// gold timeline entries of ML-Crisis in Spanish (reference/*.txt), 40
// bytes or longer. Short text is where lingua must confirm, so the floor
// is lower than for articles; most misses are under 40 letters or mostly
// names.
func TestDetectSpanishSentences(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(dataDir, "ml-crisis-tls", "es", "reference", "*.txt"))
	if len(files) == 0 {
		t.Skip("ML-Crisis Spanish timelines absent: skipping")
	}
	got := map[string]int{}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			if len(l) < 40 || strings.HasPrefix(l, "---") {
				continue
			}
			n++
			got[detector.Detect(l)]++
		}
	}
	acc := float64(got[Spanish]) / float64(n)
	t.Logf("ml-crisis-tls es timelines: %d sentences, accuracy %.4f (%v)", n, acc, got)
	if acc < 0.90 {
		t.Errorf("Spanish sentence accuracy = %.4f, want >= 0.90", acc)
	}
}

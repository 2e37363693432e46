package extract

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// rssDir holds a real dump of Indonesian news with scraping noise.
const rssDir = "../../shared/data/id-news-rss-2025"

// rssRow is one article of the dump.
type rssRow struct {
	outlet, url, title, body string
}

// loadRSS reads every row of the dump, or skips the test when it is absent.
func loadRSS(tb testing.TB) []rssRow {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(rssDir, "*.csv"))
	if len(paths) == 0 {
		tb.Skipf("no CSV files in %s: the shared data is not next to this checkout", rssDir)
	}
	var rows []rssRow
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		header := true
		for {
			rec, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				tb.Fatalf("read %s: %v", p, err)
			}
			if header || len(rec) < 6 {
				header = false
				continue
			}
			rows = append(rows, rssRow{outlet: rec[0], url: rec[1], title: rec[2], body: rec[5]})
		}
		f.Close()
	}
	return rows
}

// TestTextCorpus runs the cleaner over the real dump and checks what must
// hold for every article: the body is stable under a second run, no line
// of a known boilerplate family survives, and the cleaner keeps most of the
// text (a cleaner that drops whole articles is broken).
func TestTextCorpus(t *testing.T) {
	rows := loadRSS(t)
	var in, out, datelines, titles int
	for _, row := range rows {
		r := Text(row.body)
		if again := Text(r.Body); again.Body != r.Body {
			t.Errorf("Text(Text(%s).Body).Body changed the body:\n%s", row.url, lineDiff(r.Body, again.Body))
			continue
		}
		for line := range strings.SplitSeq(r.Body, "\n") {
			if line == "" {
				if r.Body != "" {
					t.Errorf("Text(%s) left an empty line in the body", row.url)
				}
				continue
			}
			if f := classify(line); f.reason != "" {
				t.Errorf("Text(%s) kept %s line %q", row.url, f.reason, line)
			}
		}
		in += len(normalizeSpace(row.body))
		out += len(r.Body)
		if r.Dateline != "" || r.Outlet != "" {
			datelines++
		}
		if r.Title != "" {
			titles++
			t.Logf("title %q <- %s", r.Title, row.url)
		}
	}
	if kept := float64(out) / float64(in); kept < 0.8 {
		t.Errorf("Text kept %.2f of the corpus text, want at least 0.8", kept)
	}
	t.Logf("%d articles: kept %.3f of the text; dateline or outlet found in %d; title found in %d",
		len(rows), float64(out)/float64(in), datelines, titles)
}

func BenchmarkText(b *testing.B) {
	rows := loadRSS(b)
	var bytes int64
	for _, r := range rows {
		bytes += int64(len(r.body))
	}
	b.SetBytes(bytes / int64(len(rows)))
	// CPU time as well as wall time: on a shared machine the wall clock
	// measures the neighbours too.
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		Text(rows[n%len(rows)].body)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	}
}

// cpuTime is the user and system time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/timex"
)

// DateStrings scores timex.ParseDate on the raw tanggal_publikasi column of
// the id-news-rss-2025 dump (every *.csv file in csvDir). It reports
// coverage, the share of non-empty strings parsed to a day, and
// consistency, the share of parsed dates inside June 2025 (the dump was
// scraped on 18–20 June 2025, so later dates are certainly wrong and
// earlier ones are old articles still in the feeds). in_window_or_earlier
// is the share that is not after the scrape, which every correct parse
// must satisfy.
func DateStrings(csvDir string) (Report, error) {
	files, err := filepath.Glob(filepath.Join(csvDir, "*.csv"))
	if err != nil {
		return Report{}, fmt.Errorf("eval dates: %w", err)
	}
	if len(files) == 0 {
		return Report{}, warta.Errorf(warta.ErrInvalid, "eval dates: no csv files in %s", csvDir)
	}
	sort.Strings(files)
	var total, parsed, day, inJune, notAfter int
	for _, f := range files {
		vals, err := readColumn(f, "tanggal_publikasi")
		if err != nil {
			return Report{}, fmt.Errorf("eval dates: %w", err)
		}
		for _, raw := range vals {
			if strings.TrimSpace(raw) == "" {
				continue
			}
			total++
			v, ok := timex.ParseDate(raw)
			if !ok {
				continue
			}
			parsed++
			if len(v) != 10 {
				continue
			}
			day++
			if v >= "2025-06-01" && v <= "2025-06-30" {
				inJune++
			}
			if v <= "2025-06-20" {
				notAfter++
			}
		}
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	return Report{Task: "dates", Data: csvDir, N: total, Metrics: map[string]float64{
		"coverage":             ratio(parsed, total),
		"day_coverage":         ratio(day, total),
		"consistency":          ratio(inJune, day),
		"in_window_or_earlier": ratio(notAfter, day),
	}, Notes: "timex.ParseDate over tanggal_publikasi; consistency = share of day-precision dates in June 2025 (scraped 18–20 June 2025)"}, nil
}

// readColumn returns the named column of a CSV file with a header row.
func readColumn(path, name string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	col := -1
	for i, h := range head {
		if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) == name {
			col = i
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("read %s: no column %q", path, name)
	}
	var out []string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		if col < len(rec) {
			out = append(out, rec[col])
		}
	}
	return out, nil
}

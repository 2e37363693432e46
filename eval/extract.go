package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/warta-news/warta/extract"
	"golang.org/x/net/html/charset"
)

// Names of the extraction data sets under the shared data folder.
const (
	zyteSetName        = "article-extraction-benchmark"
	trafilaturaSetName = "trafilatura-eval"
)

// Names of the extraction variants reported.
const (
	variantWarta       = "warta"            // extract.HTML: go-trafilatura, then the line cleaner
	variantTrafilatura = "trafilatura-only" // extract.HTMLRaw: go-trafilatura alone
)

// Extract scores main-text extraction from HTML (extract.HTML) on the
// article-extraction benchmark of Zyte (181 English pages with the gold
// article body) or the trafilatura evaluation corpus (990 multilingual
// pages with snippets the text must and must not contain). dataDir may be
// either set's folder or their parent, in which case each set is a Part
// and the top level holds no metrics of its own, since the two sets count
// different things. Neither set has splits: split must be "" or "test".
//
// Each set is scored twice: the Report's metrics are those of extract.HTML,
// and a Part named "trafilatura-only" holds those of extract.HTMLRaw, the
// same extractor without Warta's line cleaner, so that a change to the
// cleaner that costs quality shows. The metrics follow each set's own
// scorer (see zyteCounts and snippetCounts).
func Extract(dataDir, split string) (Report, error) {
	if split != "" && split != "test" {
		return Report{}, fmt.Errorf("eval extract %s: unknown split %q: the extraction sets have only test", dataDir, split)
	}
	switch {
	case isZyteRoot(dataDir):
		return extractZyte(dataDir)
	case isTrafilaturaRoot(dataDir):
		return extractTrafilatura(dataDir)
	}
	rep := Report{Task: "extract", Data: dataDir, Split: "test", Metrics: map[string]float64{}}
	if d := filepath.Join(dataDir, zyteSetName); isZyteRoot(d) {
		part, err := extractZyte(d)
		if err != nil {
			return Report{}, err
		}
		rep.Parts = append(rep.Parts, part)
		rep.N += part.N
	}
	if d := filepath.Join(dataDir, trafilaturaSetName); isTrafilaturaRoot(d) {
		part, err := extractTrafilatura(d)
		if err != nil {
			return Report{}, err
		}
		rep.Parts = append(rep.Parts, part)
		rep.N += part.N
	}
	if len(rep.Parts) == 0 {
		return Report{}, fmt.Errorf("eval extract %s: neither %s nor %s found there: %w", dataDir, zyteSetName, trafilaturaSetName, os.ErrNotExist)
	}
	rep.Notes = "one part per data set; their metrics count different things and are not pooled"
	return rep, nil
}

// pageStride makes the extraction evaluations score every pageStride-th
// page only (in sorted order): tests set it to stay within their time
// budget; warta eval scores every page.
var pageStride = 1

// strided returns every pageStride-th element of s.
func strided(s []string) []string {
	if pageStride <= 1 {
		return s
	}
	var out []string
	for i := 0; i < len(s); i += pageStride {
		out = append(out, s[i])
	}
	return out
}

// isZyteRoot reports whether dir holds the article-extraction benchmark.
func isZyteRoot(dir string) bool {
	return isFile(filepath.Join(dir, "ground-truth.json")) && isDir(filepath.Join(dir, "html"))
}

// isTrafilaturaRoot reports whether dir holds the trafilatura evaluation.
func isTrafilaturaRoot(dir string) bool {
	return isFile(filepath.Join(dir, "evaldata.json")) && isFile(filepath.Join(dir, trafilaturaArchive))
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// page is one HTML page to extract.
type page struct {
	name, url string
	html      []byte
}

// extraction is what both variants found in one page; err is set when
// the extractor failed, which the scorers count as an empty output.
type extraction struct {
	warta, raw       string
	wartaErr, rawErr error
	// wartaTitle is the headline extract.HTML took out of the main text,
	// "" when its title is not a line of the extractor's output.
	wartaTitle string
}

// extractPages runs both variants over pages on a bounded pool of workers,
// one per CPU, and returns the bodies in the order of pages.
func extractPages(pages []page) []extraction {
	out := make([]extraction, len(pages))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				p := pages[i]
				text := decodeHTML(p.html)
				r, err := extract.HTML(text, p.url)
				out[i].warta, out[i].wartaErr = r.Body, err
				title := r.Title
				r, err = extract.HTMLRaw(text, p.url)
				out[i].raw, out[i].rawErr = r.Body, err
				if title != "" && slices.Contains(strings.Split(r.Body, "\n"), title) {
					out[i].wartaTitle = title
				}
			}
		}()
	}
	for i := range pages {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// failures counts the pages where each variant found no text.
func failures(ex []extraction) (warta, raw int) {
	for _, e := range ex {
		if e.warta == "" {
			warta++
		}
		if e.raw == "" {
			raw++
		}
	}
	return warta, raw
}

// decodeHTML returns page as UTF-8. Bytes that are valid UTF-8 are taken
// as such whatever the page declares, as trafilatura does (pages saved by
// a crawler are often re-encoded without their meta tag being changed);
// other pages are decoded from the charset their byte-order mark or meta
// tags declare, windows-1252 when none does.
func decodeHTML(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	enc, _, _ := charset.DetermineEncoding(b, "")
	if out, err := enc.NewDecoder().Bytes(b); err == nil {
		return string(out)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

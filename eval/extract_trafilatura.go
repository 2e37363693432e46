package eval

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// trafilaturaArchive packs the corpus's tests/cache and tests/eval pages.
const trafilaturaArchive = "trafilatura-eval-html.tar.gz"

// trafilaturaItem is one page of evaldata.json: the file that holds it and
// the snippets its main text must and must not contain.
type trafilaturaItem struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// snippetCounts are the confusion counts of the trafilatura evaluation.
type snippetCounts struct {
	tp, fp, fn, tn int
}

func (c *snippetCounts) add(o snippetCounts) {
	c.tp += o.tp
	c.fp += o.fp
	c.fn += o.fn
	c.tn += o.tn
}

// metrics computes the corpus-level scores as trafilatura's
// tests/eval_common.py does: P = tp/(tp+fp), R = tp/(tp+fn),
// F1 = 2tp/(2tp+fp+fn), accuracy = (tp+tn)/all.
func (c snippetCounts) metrics() map[string]float64 {
	m := map[string]float64{}
	if c.tp+c.fp > 0 {
		m["precision"] = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		m["recall"] = float64(c.tp) / float64(c.tp+c.fn)
	}
	if d := 2*c.tp + c.fp + c.fn; d > 0 {
		m["f1"] = 2 * float64(c.tp) / float64(d)
	}
	if all := c.tp + c.fp + c.fn + c.tn; all > 0 {
		m["accuracy"] = float64(c.tp+c.tn) / float64(all)
	}
	return m
}

// snippetCount scores one page's output: a "with" snippet found in the
// output (both with white space collapsed) is a true positive, one missing
// a false negative; a "without" snippet found is a false positive, one
// missing a true negative. An empty output (the extractor failed) finds
// nothing.
func snippetCount(item trafilaturaItem, output string) snippetCounts {
	out := collapseSpace(output)
	var c snippetCounts
	for _, w := range item.With {
		if out != "" && strings.Contains(out, collapseSpace(w)) {
			c.tp++
		} else {
			c.fn++
		}
	}
	for _, w := range item.Without {
		if out != "" && strings.Contains(out, collapseSpace(w)) {
			c.fp++
		} else {
			c.tn++
		}
	}
	return c
}

// collapseSpace replaces runs of white space with one space and trims the
// ends, as Python's re.sub(r"\s+", " ", s).strip().
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// extractTrafilatura scores both variants on the trafilatura evaluation.
func extractTrafilatura(dir string) (Report, error) {
	items, err := readEvaldata(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return Report{}, fmt.Errorf("eval extract %s: %w", dir, err)
	}
	files, err := readTrafilaturaPages(filepath.Join(dir, trafilaturaArchive))
	if err != nil {
		return Report{}, fmt.Errorf("eval extract %s: %w", dir, err)
	}
	urls := make([]string, 0, len(items))
	for u := range items {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	urls = strided(urls)
	var pages []page
	var scored []string
	missing := 0
	var ours, raw snippetCounts
	for _, u := range urls {
		it := items[u]
		b, ok := files["cache/"+it.File]
		if !ok {
			b, ok = files["eval/"+it.File]
		}
		if !ok {
			// A page the archive lacks counts as a full miss, as a
			// crash does in the corpus's own scorer.
			missing++
			ours.add(snippetCount(it, ""))
			raw.add(snippetCount(it, ""))
			continue
		}
		pages = append(pages, page{name: it.File, url: u, html: b})
		scored = append(scored, u)
	}
	ex := extractPages(pages)
	var halves [2]snippetCounts
	for i, u := range scored {
		// The corpus counts a headline inside the article as main text;
		// extract.HTML moves it from the body to the title, so it is
		// scored with the body.
		c := snippetCount(items[u], strings.TrimPrefix(ex[i].wartaTitle+"\n"+ex[i].warta, "\n"))
		ours.add(c)
		halves[trafilaturaHalf(u)].add(c)
		raw.add(snippetCount(items[u], ex[i].raw))
	}
	emptyOurs, emptyRaw := failures(ex)
	rep := Report{
		Task: "extract", Data: dir, Split: "test", N: len(urls), Metrics: ours.metrics(),
		Notes: fmt.Sprintf("must-contain and must-not-contain snippets by trafilatura's tests/eval_common.py "+
			"(white space collapsed, counts summed over the corpus); a headline that extract.HTML moved from the main text to the title "+
			"is scored with the body, as the corpus counts it as main text; %d pages gave no text, %d are missing from the archive. "+
			"Published F1: trafilatura 2.2.0 0.924, readability-lxml 0.826.", emptyOurs+missing, missing),
	}
	rep.Parts = []Report{{
		Task: variantTrafilatura, Data: dir, Split: "test", N: len(urls), Metrics: raw.metrics(),
		Notes: fmt.Sprintf("extract.HTMLRaw: go-trafilatura without Warta's cleaner; %d pages gave no text", emptyRaw+missing),
	}}
	for h, name := range []string{"dev", "test"} {
		rep.Parts = append(rep.Parts, Report{Task: variantWarta, Data: dir + " (" + name + " half)", Split: name,
			N: halves[h].tp + halves[h].fp + halves[h].fn + halves[h].tn, Metrics: halves[h].metrics(),
			Notes: "extract.HTML on the " + name + " half of the pages, fixed by a hash of the URL (trafilaturaHalf): rules for HTML are tuned on dev only; n counts snippets"})
	}
	return rep, nil
}

// readEvaldata reads evaldata.json.
func readEvaldata(p string) (map[string]trafilaturaItem, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var items map[string]trafilaturaItem
	if err := json.Unmarshal(b, &items); err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("read %s: no pages", p)
	}
	return items, nil
}

// readTrafilaturaPages reads the pages of the archive into memory, keyed by
// "cache/NAME" or "eval/NAME" after the folder they sit in.
func readTrafilaturaPages(p string) (map[string][]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	files := make(map[string][]byte)
	tr := tar.NewReader(z)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		dir, name := path.Split(path.Clean(h.Name))
		key := path.Base(dir) + "/" + name
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("read %s: %s: %w", p, h.Name, err)
		}
		files[key] = b
	}
	return files, nil
}

// trafilaturaHalf splits the corpus's pages into a dev half (0), on which
// changes to the HTML path are tuned, and a test half (1), by the first
// byte of the SHA-256 of the page's URL.
func trafilaturaHalf(url string) int {
	sum := sha256.Sum256([]byte(url))
	return int(sum[0] & 1)
}

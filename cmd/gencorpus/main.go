// Command gencorpus writes a synthetic Indonesian news corpus of any size
// as JSON Lines, for scale runs of warta ingest and warta bench. It
// perturbs real articles read at run time (the RSS crawl in
// ../shared/data/id-news-rss-2025 and IndoSum's dev folds in
// ../shared/data/indosum-dev): sentences are shuffled and some replaced by
// sentences of other articles, names, numbers and dates are changed, and
// a share of the output are exact or near copies of earlier output, as a
// news stream's re-publications are. The output is the same for the same
// flags and inputs. Write it to a temporary directory: the texts are the
// outlets', and never belong in the repository.
//
// Usage:
//
//	go run ./cmd/gencorpus -n 100000 -o /tmp/corpus-100k.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	n := flag.Int("n", 10000, "number of articles to write")
	out := flag.String("o", "-", "output file (- for stdout)")
	rss := flag.String("rss", "../shared/data/id-news-rss-2025", "directory of the RSS crawl's CSV files")
	indosum := flag.String("indosum", "../shared/data/indosum-dev", "directory of IndoSum's JSONL files")
	seed := flag.Uint64("seed", 1, "random seed")
	prefix := flag.String("prefix", "gen", "article id prefix (give another for a batch to add to a corpus)")
	exact := flag.Float64("exact", 0.08, "share of exact copies of earlier output")
	near := flag.Float64("near", 0.07, "share of near copies (a few words edited, a sentence dropped) of earlier output")
	flag.Parse()
	if err := run(*n, *out, *rss, *indosum, *prefix, *seed, *exact, *near); err != nil {
		fmt.Fprintf(os.Stderr, "gencorpus: %v\n", err)
		os.Exit(1)
	}
}

func run(n int, out, rssDir, indosumDir, prefix string, seed uint64, exact, near float64) error {
	start := time.Now()
	pool, err := readPool(rssDir, indosumDir)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gencorpus: %d source articles, %d names (%s)\n", len(pool.sources), len(pool.names), time.Since(start).Round(time.Millisecond))
	var w io.Writer = os.Stdout
	if out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	g := newGenerator(pool, prefix, seed, exact, near)
	for i := range n {
		if err := enc.Encode(g.next(i)); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gencorpus: wrote %d articles (%d exact copies, %d near copies) in %s\n", n, g.exacts, g.nears, time.Since(start).Round(time.Millisecond))
	return nil
}

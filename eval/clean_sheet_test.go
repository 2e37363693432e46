package eval

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

// A labelling sheet for new gold articles: go test ./eval -run
// TestCleanSheet -clean.sheet DOCS.tsv writes DOCS.tsv.sheet with every
// non-blank line of the articles that DOCS.tsv's "doc" lines name, in the
// gold file's layout with a "?" label and the line's text after it. The
// labels are then set by reading, never from the cleaner's output.
var cleanSheet = flag.String("clean.sheet", "", "write a labelling sheet for the doc lines of this file")

func TestCleanSheet(t *testing.T) {
	if *cleanSheet == "" {
		t.Skip("no -clean.sheet file given")
	}
	src, err := os.ReadFile(*cleanSheet)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ParseCleanGold(string(src))
	if err != nil {
		t.Fatal(err)
	}
	files := make(map[[2]string]bool)
	for _, d := range docs {
		files[[2]string{d.Source, d.File}] = true
	}
	byKey, _, err := readCleanDocs(extractData, files)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, d := range docs {
		doc, ok := byKey[[3]string{d.Source, d.File, d.Key}]
		if !ok {
			t.Fatalf("%s %s: no record %s", d.Source, d.File, d.Key)
		}
		fmt.Fprintf(&b, "doc\t%s\t%s\t%s\t%s\n", d.Split, d.Source, d.File, d.Key)
		fmt.Fprintf(&b, "# title: %s | outlet: %s\n", doc.Title, doc.Outlet)
		for i, line := range splitRawLines(doc.Text) {
			if strings.TrimSpace(line) == "" {
				continue
			}
			fmt.Fprintf(&b, "%d\t%s\t?\t%s\n", i+1, LineHash(line), line)
		}
	}
	if err := os.WriteFile(*cleanSheet+".sheet", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

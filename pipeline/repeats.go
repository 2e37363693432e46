package pipeline

import (
	"context"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/extract"
	"github.com/warta-news/warta/ingest"
)

// CountLines reads files once and counts, per outlet, the lines of their
// plain-text documents: the cross-article evidence that a line is an
// outlet's boilerplate (see extract.Repeats). Standard input ("-") cannot
// be read twice and is skipped. Records that fail are skipped silently;
// the pass that analyses them reports them.
//
// Why a first pass, rather than counts kept while the run goes or stored
// between runs: the first articles of a run get the same evidence as the
// last, the verdicts do not depend on the order in which workers finish,
// and nothing about the evidence needs a schema. Reading costs far less
// than analysing, so the pass adds little to an ingest. What it cannot see
// is an earlier run: a small batch brings little evidence of its own.
func CountLines(ctx context.Context, rd *ingest.Reader, files []ingest.File) (*extract.Repeats, error) {
	rep := extract.NewRepeats()
	var r ingest.Reader
	if rd != nil {
		r = *rd
	}
	r.Progress = nil
	for _, f := range files {
		if f.Path == "-" {
			continue
		}
		add := func(doc warta.Document) error {
			rep.AddDocument(doc)
			return ctx.Err()
		}
		if err := r.Read(ctx, f, add, nil); err != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	return rep, nil
}

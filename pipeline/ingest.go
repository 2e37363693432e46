package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/extract"
	"github.com/warta-news/warta/ingest"
)

// Failure names an input that failed and why.
type Failure struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// Summary counts what an ingest run did, in the contract's shape.
type Summary struct {
	Added     int       `json:"added"`
	Updated   int       `json:"updated"`
	Unchanged int       `json:"unchanged"`
	Failed    []Failure `json:"failed"`
}

// Progress receives counts while an ingest runs: bytes of input read so far
// out of total, and articles stored so far. It is called from one goroutine.
type Progress func(readBytes, totalBytes int64, articles int)

// Ingester reads inputs, analyses each document and stores the articles.
type Ingester struct {
	Store    warta.Store
	Analyzer *Analyzer
	// Reader reads the inputs; nil means an ingest.Reader with its defaults.
	Reader *ingest.Reader
	// Workers is the number of documents analysed at once; 0 means one per CPU.
	Workers int
	// Progress, if set, is told how far the run has got.
	Progress Progress
	// NoLineEvidence turns off the first pass that counts lines across
	// the inputs (see CountLines); the cleaner then judges each article on
	// its own.
	NoLineEvidence bool
}

// batchSize is how many articles the writer stores in one transaction.
const batchSize = 128

// minBatch and maxHold decide when a batch shorter than batchSize goes to
// the writer: once it holds minBatch articles and the writer is idle, or
// once its first article has waited maxHold. Handing over whatever was
// ready whenever the writer idled made transactions of about ten articles
// once the writer got fast, and each transaction's fixed cost (the search
// index's flush, the commit) then outweighed the writing.
const (
	minBatch = 32
	maxHold  = 200 * time.Millisecond
)

// job is a document to analyse with its place in reading order.
type job struct {
	seq int
	doc warta.Document
}

type outcome struct {
	seq     int
	article *warta.Article
	doc     warta.ClusterDoc // the article's cluster document
	origin  string
	err     error
}

// Run ingests paths. Inputs that fail are listed in the Summary and the run
// goes on; Run's own error is for failures that stop the whole run (a
// cancelled context, a store that cannot write).
func (ing *Ingester) Run(ctx context.Context, paths []string) (Summary, error) {
	sum := Summary{Failed: []Failure{}}
	files, errs := ingest.Expand(paths)
	for _, err := range errs {
		sum.Failed = append(sum.Failed, failure("", err))
	}
	var total int64
	for _, f := range files {
		total += f.Size
	}

	workers := ing.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var rep *extract.Repeats
	if !ing.NoLineEvidence {
		var err error
		if rep, err = CountLines(ctx, ing.Reader, files); err != nil {
			return sum, err
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan job, 4*workers)
	results := make(chan outcome, 2*batchSize)

	// Reader: one goroutine walks the files in order, counting the bytes
	// read for progress.
	var readBytes atomic.Int64
	var readErr error
	var readFailures []Failure
	go func() {
		defer close(jobs)
		var done int64 // bytes of the files already read
		var rd ingest.Reader
		if ing.Reader != nil {
			rd = *ing.Reader
		}
		rd.Progress = func(n int64) { readBytes.Store(done + n) }
		seq := 0
		for _, f := range files {
			emit := func(d warta.Document) error {
				select {
				case jobs <- job{seq, d}:
					seq++
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			fail := func(err error) { readFailures = append(readFailures, failure(f.Path, err)) }
			err := rd.Read(ctx, f, emit, fail)
			if err != nil && ctx.Err() != nil {
				readErr = ctx.Err()
				return
			}
			if err != nil {
				fail(err)
			}
			done += f.Size
			readBytes.Store(done)
		}
	}()

	// Analysers.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				o := outcome{seq: j.seq, origin: j.doc.Origin}
				o.article, o.err = ing.Analyzer.AnalyzeWith(j.doc, rep)
				if o.err == nil {
					o.doc, o.err = clusterDoc(o.article)
				}
				select {
				case results <- o:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Collector (this goroutine) gathers analysed articles into batches;
	// the writer goroutine stores each batch in one transaction, so the
	// store sees one writer while analysis goes on.
	batches := make(chan []outcome, 1)
	var storeErr error
	writerDone := make(chan struct{})
	var stored Summary // the writer's counts, merged after it ends
	go func() {
		defer close(writerDone)
		n := 0
		for b := range batches {
			if storeErr != nil {
				continue // drain
			}
			arts := make([]*warta.Article, len(b))
			for i, o := range b {
				arts[i] = o.article
			}
			res, errs := ing.putBatch(ctx, arts)
			var docs []warta.ClusterDoc
			for i, o := range b {
				if err := errs[i]; err != nil {
					if warta.ErrorKind(err) == warta.ErrInternal {
						storeErr = fmt.Errorf("store %s: %w", o.origin, err)
						cancel()
						break
					}
					stored.Failed = append(stored.Failed, failure(o.origin, err))
					continue
				}
				switch res[i] {
				case warta.Added:
					stored.Added++
				case warta.Updated:
					stored.Updated++
				case warta.Unchanged:
					stored.Unchanged++
				}
				if res[i] != warta.Unchanged {
					docs = append(docs, o.doc)
					if arts[i].ID != o.doc.Article { // stored under a suffixed id
						docs[len(docs)-1], _ = clusterDoc(arts[i])
					}
				}
				n++
			}
			// The cluster documents go with their articles, so that the
			// corpus stages never read these articles back to make them;
			// an article left without one is documented by the next
			// corpus run.
			if storeErr == nil && len(docs) > 0 {
				if err := ing.Store.PutClusterDocs(ctx, docs); err != nil {
					storeErr = fmt.Errorf("store cluster documents: %w", err)
					cancel()
				}
			}
			if ing.Progress != nil {
				ing.Progress(readBytes.Load(), total, n)
			}
		}
	}()
	// Outcomes arrive in the order analysis finishes; they are stored in
	// reading order, so that which of two inputs sharing an id keeps it
	// does not depend on timing.
	var pending []outcome
	early := make(map[int]outcome)
	next := 0
	// hold fires maxHold after a short batch starts waiting, so that a
	// slow input's articles reach the store without waiting for more.
	hold := time.NewTimer(maxHold)
	hold.Stop()
	for in := results; in != nil; {
		select {
		case o, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			early[o.seq] = o
			for {
				o, ok := early[next]
				if !ok {
					break
				}
				delete(early, next)
				next++
				if o.err != nil {
					sum.Failed = append(sum.Failed, failure(o.origin, o.err))
					continue
				}
				if len(pending) == 0 {
					hold.Reset(maxHold)
				}
				pending = append(pending, o)
			}
			switch {
			case len(pending) >= batchSize:
				batches <- pending
				pending = nil
			case len(pending) >= minBatch && len(in) == 0:
				// Nothing else is ready: hand over a short batch if the
				// writer is idle, so that analysis and writing overlap.
				select {
				case batches <- pending:
					pending = nil
				default:
				}
			}
		case <-hold.C:
			if len(pending) > 0 {
				batches <- pending
				pending = nil
			}
		}
	}
	hold.Stop()
	if len(pending) > 0 {
		batches <- pending
	}
	close(batches)
	<-writerDone
	sum.Added, sum.Updated, sum.Unchanged = stored.Added, stored.Updated, stored.Unchanged
	sum.Failed = append(sum.Failed, stored.Failed...)
	sum.Failed = append(sum.Failed, readFailures...)
	if storeErr != nil {
		return sum, storeErr
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, ctx.Err()
}

// putBatch stores arts in one transaction; an article whose id is already
// taken by another origin is given a stable suffixed id and stored again.
func (ing *Ingester) putBatch(ctx context.Context, arts []*warta.Article) ([]warta.PutResult, []error) {
	results, errs := ing.Store.PutArticles(ctx, arts)
	for i, err := range errs {
		if warta.ErrorKind(err) != warta.ErrConflict {
			continue
		}
		arts[i].ID = SuffixedID(arts[i].ID, arts[i].Origin)
		results[i], errs[i] = ing.Store.PutArticle(ctx, arts[i])
	}
	return results, errs
}

// clusterDoc returns the cluster document of a, made in the analysis
// workers rather than by the single writer or a later corpus run.
func clusterDoc(a *warta.Article) (warta.ClusterDoc, error) {
	d := cluster.DocOf(a, "")
	b, err := d.MarshalBinary()
	if err != nil {
		return warta.ClusterDoc{}, fmt.Errorf("cluster document: %w", err)
	}
	return warta.ClusterDoc{Article: a.ID, SortKey: cluster.SortKey(d), Doc: b}, nil
}

// SuffixedID returns id with a short suffix derived from origin, the stable
// way to tell apart two inputs that would share an id.
func SuffixedID(id, origin string) string {
	sum := sha256.Sum256([]byte(origin))
	return id + "-" + hex.EncodeToString(sum[:3])
}

func failure(path string, err error) Failure {
	var ie *ingest.InputError
	if errors.As(err, &ie) {
		return Failure{Path: ie.Path, Error: ie.Err.Error()}
	}
	return Failure{Path: path, Error: err.Error()}
}

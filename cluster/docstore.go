package cluster

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/warta-news/warta"
)

// docVersion is the first byte of a Doc's binary form.
const docVersion = 1

// MarshalBinary returns d in a compact binary form, without its Group
// (a report group changes as the corpus grows; it is joined when the Doc
// is read back): a store keeps it so that a corpus run clusters, or
// restores, the store's articles without reading and stemming their
// bodies again. Terms are kept in order, each distinct term once.
func (d Doc) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 64+len(d.Title)+8*len(d.Terms))
	b = append(b, docVersion)
	for _, s := range []string{d.ID, d.Title, d.Language, d.Published} {
		b = appendString(b, s)
	}
	for _, list := range [][]string{d.Names, d.Dates} {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, s := range list {
			b = appendString(b, s)
		}
	}
	// Terms: the distinct terms in order of first occurrence, then the
	// sequence as indexes into them.
	index := make(map[string]int, len(d.Terms))
	var distinct []string
	seq := make([]int, len(d.Terms))
	for i, t := range d.Terms {
		k, ok := index[t]
		if !ok {
			k = len(distinct)
			index[t] = k
			distinct = append(distinct, t)
		}
		seq[i] = k
	}
	b = binary.AppendUvarint(b, uint64(len(distinct)))
	for _, t := range distinct {
		b = appendString(b, t)
	}
	b = binary.AppendUvarint(b, uint64(len(seq)))
	for _, k := range seq {
		b = binary.AppendUvarint(b, uint64(k))
	}
	return b, nil
}

// UnmarshalBinary sets d from the form MarshalBinary returns; Group is
// left empty.
func (d *Doc) UnmarshalBinary(b []byte) error {
	r := docReader{b: b}
	if v := r.byte(); v != docVersion {
		return fmt.Errorf("decode cluster doc: version %d, want %d", v, docVersion)
	}
	var out Doc
	out.ID, out.Title, out.Language, out.Published = r.string(), r.string(), r.string(), r.string()
	out.Names = r.strings()
	out.Dates = r.strings()
	// The distinct terms share one allocation: a Doc has hundreds of
	// them, and a term outlives its Doc only as a vocabulary key, which
	// is copied (vocab.id).
	r.block = string(r.b)
	distinct := r.strings()
	r.block = ""
	if n := r.uvarint(); n > 0 && r.err == nil {
		if n > uint64(len(r.b)) {
			r.err = errShortDoc
		} else {
			out.Terms = make([]string, n)
			for i := range out.Terms {
				k := r.uvarint()
				if k >= uint64(len(distinct)) {
					if r.err == nil {
						r.err = fmt.Errorf("decode cluster doc: term %d of %d", k, len(distinct))
					}
					break
				}
				out.Terms[i] = distinct[k]
			}
		}
	}
	if r.err == nil && len(r.b) > 0 {
		r.err = fmt.Errorf("decode cluster doc: %d bytes left over", len(r.b))
	}
	if r.err != nil {
		return r.err
	}
	*d = out
	return nil
}

var errShortDoc = errors.New("decode cluster doc: truncated")

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// docReader reads the binary form, remembering its first error. While
// block holds a copy of the unread bytes, strings are cut from it rather
// than allocated one by one.
type docReader struct {
	b     []byte
	block string
	err   error
}

func (r *docReader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.err = errShortDoc
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *docReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShortDoc
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *docReader) string() string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.b)) {
		r.err = errShortDoc
		return ""
	}
	var s string
	if r.block != "" {
		at := len(r.block) - len(r.b)
		s = r.block[at : at+int(n)]
	} else {
		s = string(r.b[:n])
	}
	r.b = r.b[n:]
	return s
}

func (r *docReader) strings() []string {
	n := r.uvarint()
	if r.err != nil || n == 0 {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = errShortDoc
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.string()
	}
	return out
}

// SortKey returns the key that orders Docs as Build adds them: dated
// before undated, then by publication time, then by id (byte order).
func SortKey(d Doc) string {
	if d.Published == "" {
		return "1\x01" + d.ID
	}
	return "0" + d.Published + "\x01" + d.ID
}

// BuildStream clusters a corpus too large to hold, as BuildDocs does: each
// calls its argument with every Doc in the order of SortKey, and is
// called twice, once to count the term statistics and once to place the
// articles. Only the index and a small batch of Docs are held at a time.
// It returns the first error of each.
func BuildStream(each func(yield func(Doc) error) error, opt Options) ([]warta.Storyline, error) {
	x := NewIndex(opt)
	if err := each(func(d Doc) error { x.observe(d); return nil }); err != nil {
		return nil, err
	}
	// The vocabulary no longer changes: a batch's vectors are computed
	// in parallel, then its articles placed in order.
	var batch []Doc
	feats := make([]features, 0, streamBatch)
	flush := func() {
		feats = feats[:len(batch)]
		inParallel(len(batch), func(i int) { feats[i] = x.featuresOf(batch[i]) })
		for i, d := range batch {
			if _, ok := x.Lookup(d.ID); !ok {
				x.addFeatures(d, feats[i])
			}
		}
		batch = batch[:0]
	}
	err := each(func(d Doc) error {
		batch = append(batch, d)
		if len(batch) == streamBatch {
			flush()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	flush()
	x.Refine()
	return x.Storylines(), nil
}

// streamBatch is how many Docs BuildStream vectorises at once.
const streamBatch = 1024

// StoredDocs returns what a store keeps of articles for clustering
// (their Docs in binary form, without report group, and their sort
// keys), made on one goroutine per CPU.
func StoredDocs(articles []*warta.Article) ([]warta.ClusterDoc, error) {
	out := make([]warta.ClusterDoc, len(articles))
	errs := make([]error, len(articles))
	inParallel(len(articles), func(i int) {
		d := DocOf(articles[i], "")
		b, err := d.MarshalBinary()
		out[i], errs[i] = warta.ClusterDoc{Article: d.ID, SortKey: SortKey(d), Doc: b}, err
	})
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("cluster doc of %s: %w", articles[i].ID, err)
		}
	}
	return out, nil
}

// inParallel calls f(0) ... f(n-1) on one goroutine per CPU, each taking
// every so many i in turn, and returns when all calls have.
func inParallel(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}()
	}
	wg.Wait()
}

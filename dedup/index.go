package dedup

import (
	"fmt"
	"sort"

	"github.com/warta-news/warta"
)

// Features returns what a store keeps of a so that later articles are
// compared with it without its body (see Update).
func Features(a *warta.Article) warta.DedupFeatures {
	f, _ := features(a)
	return f
}

// features returns a's features and its signature.
func features(a *warta.Article) (warta.DedupFeatures, Signature) {
	f := warta.DedupFeatures{Article: a.ID, BodyHash: BodyHash(a.Body), OutletKey: outletKey(a.Outlet), Anchors: anchorSet(a)}
	sig := Sign(a)
	if sig != nil {
		f.Signature, _ = sig.MarshalBinary()
	}
	if len(f.Anchors) == 0 {
		f.Anchors = nil
	}
	return f, sig
}

// entry is one article as the comparison sees it: its features, and its
// body when it is at hand (fresh articles; others are loaded on demand).
type entry struct {
	id, hash, outlet string
	sig              Signature
	anchors          []uint64
	fresh            bool
	article          *warta.Article
}

// Update compares fresh articles with each other and with the articles
// compared before, given by their stored features known, and returns the
// links that involve a fresh article and the features of the fresh
// articles, to be stored together. It runs the tests of Groups, on the
// same candidates Groups would propose for the whole corpus, keeping those
// that involve a fresh article; load returns the stored articles with the
// given ids, and is called once, for the known articles that a rewrite
// candidate pairs with a fresh one. Groups over the whole corpus equals
// Connect over every link Update has returned since the first run, except
// that boilerplate sentences (see markCommon) are counted among the
// articles of one run's rewrite candidates, and that the bounds of
// candidate generation apply to the corpus as it was at each run.
func Update(known []warta.DedupFeatures, fresh []*warta.Article, load func(ids []string) ([]*warta.Article, error)) ([]warta.ReportLink, []warta.DedupFeatures, error) {
	x := NewIndex()
	for _, f := range known {
		if err := x.Add(f); err != nil {
			return nil, nil, err
		}
	}
	return x.Update(fresh, load)
}

// Index holds the features of the compared articles, decoded once, for
// a corpus run that compares new articles a batch at a time: each batch
// is compared with everything before it, and then joins it. The cost of
// a batch grows with the batch and with the articles that share a band
// key or a rare anchor with it, plus a scan of the index's keys and
// anchors, not with a rebuilt index over the whole corpus.
//
// An Index also keeps the alignment profiles it computed, up to a memory
// budget, so that a stored article that is a rewrite candidate in several
// batches is read and profiled once rather than once per batch.
type Index struct {
	entries  []entry // ordered by id; no articles held
	profiles profileCache
}

// NewIndex returns an empty Index.
func NewIndex() *Index { return &Index{profiles: profileCache{budget: profileBudget}} }

// profileBudget is the memory, in bytes, an Index may spend on the
// profiles it keeps between batches: about 100,000 articles' worth.
const profileBudget = 768 << 20

// Len returns the number of articles in x.
func (x *Index) Len() int { return len(x.entries) }

// Add adds the stored features of one compared article. Features must
// come in increasing order of article id, as a store gives them.
func (x *Index) Add(f warta.DedupFeatures) error {
	var sig Signature
	if err := sig.UnmarshalBinary(f.Signature); err != nil {
		return fmt.Errorf("update dedup index: article %s: %w", f.Article, err)
	}
	if n := len(x.entries); n > 0 && x.entries[n-1].id >= f.Article {
		return fmt.Errorf("update dedup index: article %s after %s: features out of order", f.Article, x.entries[n-1].id)
	}
	x.entries = append(x.entries, entry{id: f.Article, hash: f.BodyHash, outlet: f.OutletKey, sig: sig, anchors: f.Anchors})
	return nil
}

// Update compares fresh articles with each other and with the articles
// in x, as the function Update does, and then adds them to x.
func (x *Index) Update(fresh []*warta.Article, load func(ids []string) ([]*warta.Article, error)) ([]warta.ReportLink, []warta.DedupFeatures, error) {
	var docs []*warta.Article
	for _, a := range fresh {
		if a != nil {
			docs = append(docs, a)
		}
	}
	feats := make([]warta.DedupFeatures, len(docs))
	sigs := make([]Signature, len(docs))
	parallel(len(docs), func(i int) { feats[i], sigs[i] = features(docs[i]) })
	news := make([]entry, len(docs))
	for i, a := range docs {
		f := feats[i]
		news[i] = entry{id: a.ID, hash: f.BodyHash, outlet: f.OutletKey, sig: sigs[i], anchors: f.Anchors, fresh: true, article: a}
	}
	sort.SliceStable(news, func(i, j int) bool { return news[i].id < news[j].id })
	entries := mergeEntries(x.entries, news)
	links, err := compare(entries, load, &x.profiles)
	if err != nil {
		return nil, nil, err
	}
	out := make([]warta.ReportLink, 0, len(links))
	for _, l := range links {
		a, b := entries[l.a].id, entries[l.b].id
		if a > b {
			a, b = b, a
		}
		out = append(out, warta.ReportLink{A: a, B: b, Kind: l.kind, Score: l.score, Evidence: l.evidence})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	for i := range entries {
		entries[i].fresh, entries[i].article = false, nil
	}
	x.entries = entries
	return out, feats, nil
}

// mergeEntries returns old and news, both ordered by id, as one list
// ordered by id; an entry of news replaces one of old with its id.
func mergeEntries(old, news []entry) []entry {
	out := make([]entry, 0, len(old)+len(news))
	i, j := 0, 0
	for i < len(old) || j < len(news) {
		switch {
		case j == len(news) || i < len(old) && old[i].id < news[j].id:
			out = append(out, old[i])
			i++
		case i < len(old) && old[i].id == news[j].id:
			i++ // replaced
		default:
			out = append(out, news[j])
			j++
		}
	}
	return out
}

// Connect returns the report groups that links make among the articles
// of x, as the function Connect does.
func (x *Index) Connect(links []warta.ReportLink) []warta.ReportGroup {
	fs := make([]warta.DedupFeatures, len(x.entries))
	for i, e := range x.entries {
		fs[i] = warta.DedupFeatures{Article: e.id, BodyHash: e.hash}
	}
	return Connect(fs, links)
}

// compare finds the links among entries, in corpus order, that involve a
// fresh entry: exact copies by hash, near copies among the first entry of
// each text by LSH, rewrites among those by anchors and alignment. load
// fetches the articles of entries without one. The profiles of entries
// that are not fresh are looked up in cache, when it is not nil, before
// they are loaded and computed, and those computed are kept there.
func compare(entries []entry, load func(ids []string) ([]*warta.Article, error), cache *profileCache) ([]link, error) {
	involves := func(i, j int) bool { return entries[i].fresh || entries[j].fresh }

	// Exact copies: link every copy to the first of its text, which
	// stands for the text in the later tests.
	var links []link
	first := make(map[string]int)
	var reps []int
	for i, e := range entries {
		if e.hash == "" {
			continue
		}
		if r, ok := first[e.hash]; ok {
			if involves(r, i) {
				links = append(links, link{a: r, b: i, kind: warta.GroupExact, score: 1})
			}
			continue
		}
		first[e.hash] = i
		reps = append(reps, i)
	}

	// Near copies among the representatives.
	sigs := make([]Signature, len(reps))
	anchors := make([][]uint64, len(reps))
	for r, i := range reps {
		sigs[r], anchors[r] = entries[i].sig, entries[i].anchors
	}
	wanted := make([]bool, len(reps))
	for r, i := range reps {
		wanted[r] = entries[i].fresh
	}
	near := make(map[[2]int]bool)
	for _, p := range nearCandidatesFor(sigs, wanted) {
		a, b := reps[p[0]], reps[p[1]]
		if !involves(a, b) {
			continue
		}
		if j := sigs[p[0]].Similarity(sigs[p[1]]); j >= NearThreshold {
			near[p] = true
			links = append(links, link{a: a, b: b, kind: warta.GroupNear, score: j})
		}
	}

	// Rewrites among the representatives that are not near copies.
	var pairs [][2]int
	for _, p := range rewriteCandidatesFor(anchors, wanted) {
		a, b := entries[reps[p[0]]], entries[reps[p[1]]]
		if !near[p] && (a.fresh || b.fresh) && (a.outlet == "" || a.outlet != b.outlet) {
			pairs = append(pairs, p)
		}
	}
	profiles := make([]*profile, len(reps))
	var need []int
	var missing []string
	for _, p := range pairs {
		for _, r := range p {
			if profiles[r] != nil {
				continue
			}
			e := entries[reps[r]]
			if !e.fresh {
				if profiles[r] = cache.get(e.id); profiles[r] != nil {
					continue
				}
			}
			profiles[r] = &profile{} // placeholder until computed
			need = append(need, r)
			if e.article == nil {
				missing = append(missing, e.id)
			}
		}
	}
	if len(missing) > 0 {
		loaded, err := load(missing)
		if err != nil {
			return nil, fmt.Errorf("update dedup index: load candidates: %w", err)
		}
		byID := make(map[string]*warta.Article, len(loaded))
		for _, a := range loaded {
			byID[a.ID] = a
		}
		for _, r := range need {
			e := &entries[reps[r]]
			if e.article == nil {
				if e.article = byID[e.id]; e.article == nil {
					return nil, fmt.Errorf("update dedup index: load candidates: article %s not loaded", e.id)
				}
			}
		}
	}
	parallel(len(need), func(k int) { profiles[need[k]] = newProfile(entries[reps[need[k]]].article) })
	for _, r := range need {
		cache.put(profiles[r])
	}
	markCommon(profiles)
	verdicts := make([]Comparison, len(pairs))
	parallel(len(pairs), func(k int) { verdicts[k] = align(profiles[pairs[k][0]], profiles[pairs[k][1]]) })
	for k, c := range verdicts {
		if c.Kind == warta.GroupRewrite {
			links = append(links, link{a: reps[pairs[k][0]], b: reps[pairs[k][1]], kind: c.Kind, score: c.Score, evidence: c.Evidence})
		}
	}
	// Loaded articles are not kept: the caller's memory holds only the
	// fresh batch.
	for _, r := range need {
		if e := &entries[reps[r]]; !e.fresh {
			e.article = nil
		}
	}
	return links, nil
}

// Connect returns the report groups that links make among the articles
// whose features are given (only Article and BodyHash are read), as Groups
// does: connected components, strongest links first. Links naming an
// article not in features are ignored.
func Connect(features []warta.DedupFeatures, links []warta.ReportLink) []warta.ReportGroup {
	ids := make([]string, len(features))
	hashes := make([]string, len(features))
	index := make(map[string]int, len(features))
	for i, f := range features {
		ids[i], hashes[i] = f.Article, f.BodyHash
		index[f.Article] = i
	}
	ls := make([]link, 0, len(links))
	for _, l := range links {
		a, oka := index[l.A]
		b, okb := index[l.B]
		if oka && okb {
			ls = append(ls, link{a: min(a, b), b: max(a, b), kind: l.Kind, score: l.Score, evidence: l.Evidence})
		}
	}
	return connect(ids, hashes, ls)
}

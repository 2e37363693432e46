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
	entries := make([]entry, 0, len(known)+len(fresh))
	for _, f := range known {
		var sig Signature
		if err := sig.UnmarshalBinary(f.Signature); err != nil {
			return nil, nil, fmt.Errorf("update dedup index: article %s: %w", f.Article, err)
		}
		entries = append(entries, entry{id: f.Article, hash: f.BodyHash, outlet: f.OutletKey, sig: sig, anchors: f.Anchors})
	}
	var docs []*warta.Article
	for _, a := range fresh {
		if a != nil {
			docs = append(docs, a)
		}
	}
	feats := make([]warta.DedupFeatures, len(docs))
	sigs := make([]Signature, len(docs))
	parallel(len(docs), func(i int) { feats[i], sigs[i] = features(docs[i]) })
	for i, a := range docs {
		f := feats[i]
		entries = append(entries, entry{id: a.ID, hash: f.BodyHash, outlet: f.OutletKey, sig: sigs[i], anchors: f.Anchors, fresh: true, article: a})
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].id < entries[j].id })
	links, err := compare(entries, load)
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
	return out, feats, nil
}

// compare finds the links among entries, in corpus order, that involve a
// fresh entry: exact copies by hash, near copies among the first entry of
// each text by LSH, rewrites among those by anchors and alignment. load
// fetches the articles of entries without one.
func compare(entries []entry, load func(ids []string) ([]*warta.Article, error)) ([]link, error) {
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
	near := make(map[[2]int]bool)
	for _, p := range nearCandidates(sigs) {
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
	for _, p := range rewriteCandidates(anchors) {
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
			if profiles[r] == nil {
				profiles[r] = &profile{} // placeholder until computed
				need = append(need, r)
				if entries[reps[r]].article == nil {
					missing = append(missing, entries[reps[r]].id)
				}
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

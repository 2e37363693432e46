package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/warta-news/warta"
)

// kindRank orders the kinds from the strongest evidence to the weakest.
var kindRank = map[string]int{warta.GroupExact: 0, warta.GroupNear: 1, warta.GroupRewrite: 2}

// link is an accepted pair of articles, by index.
type link struct {
	a, b     int
	kind     string
	score    float64
	evidence []warta.Alignment
}

// Groups returns the report groups among articles: sets of two or more
// articles that carry the same report.
//
// It runs three tests, each on the pairs the one before it left: exact
// copies share a BodyHash; near copies are proposed by the LSH bands of
// their Signatures and kept when the estimated Jaccard similarity is at
// least NearThreshold; rewrites are proposed by an inverted index over
// rare anchors (names, numbers, long words) and kept when their sentences
// align (see Compare) and two outlets published them. Copies of one text are tested once, through one of
// them, so a flood of re-crawls costs no more than one article.
//
// Groups are transitive: articles linked by any chain of pairs form one
// group, and every article is in at most one group. A group's Kind is the
// weakest kind of link needed to connect it: exact when exact copies
// alone connect it, near when exact and near links do, rewrite otherwise.
// Its Score is the weakest score among the links that connect it, and its
// Evidence the aligned sentences of those links that are rewrites. Each
// group's articles are sorted by id and the groups by their first article;
// a group's ID is a hash of its kind and articles ("g" and 12 hex digits),
// except for a group of exact copies, whose ID comes from the hash of their
// common text, as in the first version.
func Groups(articles []*warta.Article) []warta.ReportGroup {
	var docs []*warta.Article
	for _, a := range articles {
		if a != nil {
			docs = append(docs, a)
		}
	}
	entries := make([]entry, len(docs))
	parallel(len(docs), func(i int) {
		a := docs[i]
		entries[i] = entry{id: a.ID, hash: BodyHash(a.Body), outlet: outletKey(a.Outlet), sig: Sign(a),
			anchors: anchorSet(a), fresh: true, article: a}
	})
	links, _ := compare(entries, nil, nil) // every entry has its article: nothing to load
	ids := make([]string, len(entries))
	hashes := make([]string, len(entries))
	for i, e := range entries {
		ids[i], hashes[i] = e.id, e.hash
	}
	return connect(ids, hashes, links)
}

// commonSentence is the number of texts a sentence must recur in to be
// left out of alignment as boilerplate. Two is every copied sentence;
// three is a pattern.
const commonSentence = 3

// markCommon marks the sentences whose normalised text recurs in
// commonSentence or more of the profiles (nil profiles are skipped).
func markCommon(profiles []*profile) {
	df := make(map[uint64]int)
	for _, p := range profiles {
		if p == nil {
			continue
		}
		seen := make(map[uint64]bool, len(p.sentences))
		for _, s := range p.sentences {
			if !seen[s.key] {
				seen[s.key] = true
				df[s.key]++
			}
		}
	}
	for _, p := range profiles {
		if p == nil {
			continue
		}
		for i := range p.sentences {
			p.sentences[i].common = df[p.sentences[i].key] >= commonSentence
		}
	}
}

// connect joins articles along links, strongest kind and highest score
// first, and returns the groups of two or more.
func connect(ids []string, hashes []string, links []link) []warta.ReportGroup {
	sort.SliceStable(links, func(i, j int) bool {
		li, lj := links[i], links[j]
		if kindRank[li.kind] != kindRank[lj.kind] {
			return kindRank[li.kind] < kindRank[lj.kind]
		}
		if li.score != lj.score {
			return li.score > lj.score
		}
		if li.a != lj.a {
			return li.a < lj.a
		}
		return li.b < lj.b
	})
	parent := make([]int, len(ids))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	var used []link
	for _, l := range links {
		ra, rb := find(l.a), find(l.b)
		if ra == rb {
			continue
		}
		parent[rb] = ra
		used = append(used, l)
	}
	type acc struct {
		members []int
		kind    string
		score   float64
		evid    []warta.Alignment
	}
	byRoot := make(map[int]*acc)
	for _, l := range used {
		r := find(l.a)
		g := byRoot[r]
		if g == nil {
			g = &acc{kind: warta.GroupExact, score: 1}
			byRoot[r] = g
		}
		if kindRank[l.kind] > kindRank[g.kind] {
			g.kind = l.kind
		}
		g.score = min(g.score, l.score)
		g.evid = append(g.evid, l.evidence...)
	}
	for i := range ids {
		if g := byRoot[find(i)]; g != nil {
			g.members = append(g.members, i)
		}
	}
	groups := make([]warta.ReportGroup, 0, len(byRoot))
	for _, g := range byRoot {
		members := make([]string, len(g.members))
		for k, i := range g.members {
			members[k] = ids[i]
		}
		sort.Strings(members)
		var id string
		if g.kind == warta.GroupExact {
			id = "g" + hashes[g.members[0]][:12]
		} else {
			sum := sha256.Sum256([]byte(g.kind + "\x00" + strings.Join(members, "\x00")))
			id = "g" + hex.EncodeToString(sum[:6])
		}
		sort.SliceStable(g.evid, func(i, j int) bool {
			if g.evid[i].A != g.evid[j].A {
				return g.evid[i].A < g.evid[j].A
			}
			if g.evid[i].B != g.evid[j].B {
				return g.evid[i].B < g.evid[j].B
			}
			return g.evid[i].AStart < g.evid[j].AStart
		})
		groups = append(groups, warta.ReportGroup{ID: id, Kind: g.kind, Articles: members, Score: g.score, Evidence: g.evid})
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].Articles[0] < groups[j].Articles[0] })
	return groups
}

// parallel calls f(i) for every i in [0, n) on as many goroutines as there
// are processors, and returns when all calls have.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

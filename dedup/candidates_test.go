package dedup

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/warta-news/warta"
)

func TestRewriteCandidates(t *testing.T) {
	tests := []struct {
		name      string
		anchors   [][]uint64
		wantPairs int
	}{
		{"none", nil, 0},
		{"share three", [][]uint64{{1, 2, 3, 9}, {1, 2, 3, 8}}, 1},
		{"share two", [][]uint64{{1, 2, 7}, {1, 2, 8}}, 0},
		// 200 documents with the same anchors: each anchor is held by more
		// than maxPosting documents and proposes nothing.
		{"flood", repeatAnchors(200, []uint64{1, 2, 3, 4}), 0},
		// 60 documents sharing rare enough anchors: each keeps at most
		// maxPartners partners.
		{"crowd", repeatAnchors(60, []uint64{1, 2, 3, 4}), -1},
	}
	for _, tt := range tests {
		got := len(rewriteCandidates(tt.anchors))
		if tt.wantPairs >= 0 && got != tt.wantPairs {
			t.Errorf("rewriteCandidates(%s) = %d pairs, want %d", tt.name, got, tt.wantPairs)
		}
		if limit := len(tt.anchors) * maxPartners; got > limit {
			t.Errorf("rewriteCandidates(%s) = %d pairs, want at most %d", tt.name, got, limit)
		}
		if tt.wantPairs < 0 && got == 0 {
			t.Errorf("rewriteCandidates(%s) = no pairs, want some", tt.name)
		}
	}
}

func repeatAnchors(n int, anchors []uint64) [][]uint64 {
	out := make([][]uint64, n)
	for i := range out {
		out[i] = anchors
	}
	return out
}

func TestNearCandidates(t *testing.T) {
	base := wordsText(0, 300)
	sigs := []Signature{
		signText(base),
		signText(base + " tambahan kalimat baru di akhir berita ini"),
		signText(wordsText(5000, 300)),
		nil,
	}
	pairs := nearCandidates(sigs)
	found := false
	for _, p := range pairs {
		if p == [2]int{0, 1} {
			found = true
		}
		if p[0] == 2 || p[1] == 2 || p[0] == 3 || p[1] == 3 {
			t.Errorf("nearCandidates proposed %v, a pair with an unrelated or empty text", p)
		}
	}
	if !found {
		t.Errorf("nearCandidates = %v, want the near copies [0 1] among them", pairs)
	}

	// A flood of one text is read against its first copy only.
	flood := make([]Signature, 3*maxPosting)
	for i := range flood {
		flood[i] = sigs[0]
	}
	if got, limit := len(nearCandidates(flood)), len(flood)-1; got > limit {
		t.Errorf("nearCandidates(%d copies) = %d pairs, want at most %d", len(flood), got, limit)
	}
}

func TestGroupsLargeFlood(t *testing.T) {
	// Many different articles that mention the same names and numbers,
	// each in its own words, must not group, and must not cost all pairs.
	var articles []*warta.Article
	for i := range 300 {
		body := fmt.Sprintf("Presiden Prabowo Subianto bertemu Gubernur Jawa Barat di Bandung pada 2025. Topik %s dibahas dalam rapat ke-%d.", wordsText(i*10, 8), i+10)
		articles = append(articles, &warta.Article{ID: fmt.Sprintf("a%03d", i), Language: "id", Body: body})
	}
	if got := Groups(articles); len(got) != 0 {
		t.Errorf("Groups(300 different articles on one topic) = %d groups, first %q, want none", len(got), kindsOf(got)[0])
	}
}

// The restricted searches find every pair of the full ones that holds a
// wanted document, on documents whose anchors and signatures overlap at
// random, with crowds past the bounds.
func TestCandidatesFor(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	const n = 400
	anchors := make([][]uint64, n)
	sigs := make([]Signature, n)
	for d := range anchors {
		seen := make(map[uint64]bool)
		for range 30 {
			// Small anchor ids are common, large ones rare.
			seen[uint64(r.ExpFloat64()*60)] = true
		}
		for id := range seen {
			anchors[d] = append(anchors[d], id)
		}
		slices.Sort(anchors[d])
		sigs[d] = make(Signature, SignatureSize)
		for i := range sigs[d] {
			sigs[d][i] = uint32(r.IntN(3 + i%4)) // bands collide often
		}
	}
	for _, share := range []int{1, 5, 40, 90} {
		wanted := make([]bool, n)
		for d := range wanted {
			wanted[d] = r.IntN(100) < share
		}
		keep := func(pairs [][2]int) map[[2]int]bool {
			m := make(map[[2]int]bool)
			for _, p := range pairs {
				if wanted[p[0]] || wanted[p[1]] {
					m[p] = true
				}
			}
			return m
		}
		if got, want := keep(rewriteCandidatesFor(anchors, wanted)), keep(rewriteCandidates(anchors)); !maps.Equal(got, want) || len(want) == 0 {
			t.Errorf("%d%% wanted: rewriteCandidatesFor gives %d pairs, want the %d of rewriteCandidates", share, len(got), len(want))
		}
		if got, want := keep(nearCandidatesFor(sigs, wanted)), keep(nearCandidates(sigs)); !maps.Equal(got, want) || len(want) == 0 {
			t.Errorf("%d%% wanted: nearCandidatesFor gives %d pairs, want the %d of nearCandidates", share, len(got), len(want))
		}
	}
}

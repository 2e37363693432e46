package dedup

import (
	"fmt"
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

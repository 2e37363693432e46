package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Groups returns the report groups among articles: sets of two or more
// articles that carry the same report. Each group's articles are sorted by
// id and the groups by their first article, so the result is stable.
func Groups(articles []*warta.Article) []warta.ReportGroup {
	byHash := make(map[string][]string)
	for _, a := range articles {
		h := BodyHash(a.Body)
		if h == "" {
			continue
		}
		byHash[h] = append(byHash[h], a.ID)
	}
	var groups []warta.ReportGroup
	for h, ids := range byHash {
		if len(ids) < 2 {
			continue
		}
		sort.Strings(ids)
		groups = append(groups, warta.ReportGroup{ID: "g" + h[:12], Kind: warta.GroupExact, Articles: ids, Score: 1})
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].Articles[0] < groups[j].Articles[0] })
	return groups
}

// BodyHash returns the hash of a body's normalised text, or "" when the
// body has no words. Bodies that differ only in case, punctuation, quote
// marks or spacing hash alike.
func BodyHash(body string) string {
	n := strings.TrimSpace(text.Normalize(body))
	if n == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(n))
	return hex.EncodeToString(sum[:])
}

package dedup

import "github.com/warta-news/warta"

// outletKey is the key of an outlet (warta.OutletKey), the one stored
// with each article's features: "news.detik.com" and "Detik" are "detik".
func outletKey(outlet string) string { return warta.OutletKey(outlet) }

// rewriteAllowed reports whether a and b may be a rewrite pair: not when
// one outlet published both. A rewrite is two outlets' wording of one
// source report; an outlet's own follow-up stories reuse its background
// paragraphs, and its repackagings ("Top 3") are copies or separate
// stories, not rewrites. Exact and near copies are found whatever the
// outlet.
func rewriteAllowed(a, b *warta.Article) bool {
	ka := outletKey(a.Outlet)
	return ka == "" || ka != outletKey(b.Outlet)
}

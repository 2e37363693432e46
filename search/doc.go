// Package search holds the pure parts of full-text search that every store
// adapter shares: picking the words of a query that are safe to hand to a
// database's query language, and cutting a readable snippet out of an
// article's body around the first word a query matched.
//
// The stores index stems (Article.Stems), which are unreadable as a snippet,
// so the snippet is built here from the body instead, by matching folded body
// words against the query's stems: a word matches a stem when it equals it,
// starts with it, or (for stems of four letters or more) contains it, which
// covers Indonesian prefixes such as "di-", "me-" and "ber-".
package search

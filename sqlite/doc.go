// Package sqlite stores Warta's articles, annotations, report groups and
// storylines in a SQLite database file, through the pure-Go driver
// modernc.org/sqlite, so that the binary builds with CGO_ENABLED=0. It is
// the default warta.Store.
//
// The database runs in WAL mode with foreign keys on and synchronous=NORMAL.
// Writes go through a pool of exactly one connection whose transactions
// begin IMMEDIATE, so writers in this process queue in Go instead of failing
// with SQLITE_BUSY, and a writer in another process is waited for by
// busy_timeout. Reads use a separate pool of query-only connections that WAL
// lets run alongside the writer. Every connection maps up to 512 MiB of
// the file into memory (mmap_size), which spares a read system call per
// page: the articles table keeps whole bodies in its B-tree, so each key
// lookup (a foreign-key check, say) reads long rows.
//
// Full-text search uses an FTS5 table over each article's title as written
// and its stems (warta.Article.Stems), maintained inside PutArticle's
// transaction and ranked with bm25, the title weighted ten times the stems.
// Snippets come from the body, cut by package search.
//
// The schema is created and upgraded by the numbered SQL files under
// migrations/, embedded in the binary, each applied in its own transaction
// and recorded in schema_migrations.
package sqlite
